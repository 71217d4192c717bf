import { describe, expect, it } from "vitest";
import { stampedHeaders } from "../http/testing/stamped-headers";
import { readClientAddress, UNKNOWN_CLIENT_ADDRESS } from "./client-address";

describe("the client's address", () => {
  it("is the socket's, whatever the client claims, when no proxy is trusted", () => {
    const headers = stampedHeaders("203.0.113.5", { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" });
    expect(readClientAddress(headers, 0)).toBe("203.0.113.5");
  });

  it("is unknown, never the client's claim, when the request was not stamped by this process", () => {
    expect(readClientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe(UNKNOWN_CLIENT_ADDRESS);
    // A client that copies the header's name gets nothing for it: the token is this process's secret.
    expect(readClientAddress(new Headers({ "x-privacy-center-peer": "guess 198.51.100.1" }), 0)).toBe(UNKNOWN_CLIENT_ADDRESS);
    const forged = stampedHeaders("203.0.113.5");
    forged.set("x-privacy-center-peer", `${forged.get("x-privacy-center-peer")?.split(" ")[0]}x 198.51.100.1`);
    expect(readClientAddress(forged, 0)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });

  it("is what the trusted proxies appended, and never what the client put before them", () => {
    const behindOne = stampedHeaders("10.0.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" });
    expect(readClientAddress(behindOne, 1)).toBe("203.0.113.9");
    const behindTwo = stampedHeaders("10.0.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.0.0.1" });
    expect(readClientAddress(behindTwo, 2)).toBe("203.0.113.9");
  });

  it("counts IPv6 clients by their /64 network and IPv4-mapped ones as IPv4", () => {
    expect(readClientAddress(stampedHeaders("2001:db8:1:2:aaaa::1"), 0)).toBe("2001:db8:1:2::/64");
    expect(readClientAddress(stampedHeaders("2001:db8:1:2:bbbb::9"), 0)).toBe("2001:db8:1:2::/64");
    expect(readClientAddress(stampedHeaders("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("treats a proxy's garbage as unknown", () => {
    expect(readClientAddress(stampedHeaders("10.0.0.2", { "x-forwarded-for": "not-an-address" }), 1)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });
});

describe("the client's address with TRUSTED_PROXY_COUNT unset (the default)", () => {
  it("is what the shipped proxy set, when the proxy connects from the machine itself or a private network", () => {
    // deploy/nginx sets X-Forwarded-For to the address it received from: one entry, whatever the client sent.
    expect(readClientAddress(stampedHeaders("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }), undefined)).toBe("203.0.113.9");
    expect(readClientAddress(stampedHeaders("::1", { "x-forwarded-for": "203.0.113.9" }), undefined)).toBe("203.0.113.9");
    expect(readClientAddress(stampedHeaders("10.1.2.3", { "x-forwarded-for": "2001:db8:5:6::1" }), undefined)).toBe("2001:db8:5:6::/64");
    expect(readClientAddress(stampedHeaders("::ffff:192.168.0.4", { "x-forwarded-for": "203.0.113.9" }), undefined)).toBe("203.0.113.9");
    // Only the entry the proxy wrote: a client's own claims before it are not read.
    expect(readClientAddress(stampedHeaders("172.16.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" }), undefined)).toBe("203.0.113.9");
  });

  it("is the connection's own, whatever the header says, when a client reaches the center straight from the internet", () => {
    expect(readClientAddress(stampedHeaders("203.0.113.5", { "x-forwarded-for": "127.0.0.1" }), undefined)).toBe("203.0.113.5");
    expect(readClientAddress(stampedHeaders("2001:db8:1:2::7", { "x-forwarded-for": "10.0.0.1" }), undefined)).toBe("2001:db8:1:2::/64");
  });

  it("is the proxy's own address when the proxy sent no header, one shared count rather than none", () => {
    expect(readClientAddress(stampedHeaders("127.0.0.1"), undefined)).toBe("127.0.0.1");
  });
});
