import { describe, expect, it } from "vitest";
import { ADVERTISING_COOKIE, cookiesExpiredAtSignOut, decideAdvertisingCookie, sendsGpcHeader, writeAdvertisingCookie } from "./advertising-cookie";

const customer = (advertisingCookies: boolean, held = false) => ({ advertisingCookies, held });

describe("decideAdvertisingCookie, the one place that decides the advertising cookie", () => {
  it("sets it only for a signed-in customer whose choice is on, with no signal and no hold", () => {
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: customer(true) })).toEqual({ action: "set", reason: "allowed" });
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: customer(false) })).toEqual({ action: "remove", reason: "choice-off" });
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: customer(true, true) })).toEqual({ action: "remove", reason: "held" });
  });

  it("never sets it for a browser that sends Global Privacy Control, signed in or not, and removes one it has", () => {
    expect(decideAdvertisingCookie({ sendsGpc: true, customer: customer(true) })).toEqual({ action: "remove", reason: "signal" });
    expect(decideAdvertisingCookie({ sendsGpc: true, customer: null })).toEqual({ action: "remove", reason: "signal" });
  });

  it("removes it when the person signs out of this browser, whatever their choice", () => {
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: customer(true), signingOut: true })).toEqual({ action: "remove", reason: "signed-out" });
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: null, signingOut: true })).toEqual({ action: "remove", reason: "signed-out" });
    expect(cookiesExpiredAtSignOut()).toEqual([ADVERTISING_COOKIE]);
  });

  it("sets nothing for a visitor it does not know", () => {
    expect(decideAdvertisingCookie({ sendsGpc: false, customer: null })).toEqual({ action: "leave", reason: "unknown-visitor" });
  });

  it("reads the signal as the specification sends it: Sec-GPC: 1", () => {
    expect(sendsGpcHeader(new Headers({ "Sec-GPC": "1" }))).toBe(true);
    expect(sendsGpcHeader(new Headers({ "sec-gpc": " 1 " }))).toBe(true);
    expect(sendsGpcHeader(new Headers({ "Sec-GPC": "0" }))).toBe(false);
    expect(sendsGpcHeader(new Headers())).toBe(false);
  });

  it("writes the decision to the response's cookies, removing only a cookie the browser has", () => {
    const writes: string[] = [];
    const jar = (has: boolean) => ({
      get: (name: string) => (has && name === ADVERTISING_COOKIE ? { value: "allowed" } : undefined),
      set: (name: string, value: string, options: { secure: boolean; httpOnly: boolean }) => writes.push(`set ${name}=${value} secure=${options.secure}`),
      delete: (name: string) => writes.push(`delete ${name}`),
    });
    writeAdvertisingCookie(jar(false), { action: "set", reason: "allowed" }, true);
    writeAdvertisingCookie(jar(true), { action: "remove", reason: "signal" }, true);
    writeAdvertisingCookie(jar(false), { action: "remove", reason: "signal" }, true);
    writeAdvertisingCookie(jar(true), { action: "leave", reason: "unknown-visitor" }, true);
    expect(writes).toEqual(["set pc-advertising=allowed secure=true", "delete pc-advertising"]);
  });
});
