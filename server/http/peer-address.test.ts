import { describe, expect, it } from "vitest";
import { isFromThisMachine, readPeerAddress } from "./peer-address";
import { stampedHeaders } from "./testing/stamped-headers";

describe("the peer address", () => {
  it("is read back only from a stamp of this process", () => {
    expect(readPeerAddress(stampedHeaders("203.0.113.5"))).toBe("203.0.113.5");
    expect(readPeerAddress(new Headers({ "x-privacy-center-peer": "made-up 127.0.0.1" }))).toBeNull();
  });

  it("replaces a stamp the client sent with the socket's", () => {
    expect(readPeerAddress(stampedHeaders("203.0.113.5", { "x-privacy-center-peer": "made-up 127.0.0.1" }))).toBe("203.0.113.5");
  });

  it("tells this machine (the demo mailbox's only reader) from every other", () => {
    expect(isFromThisMachine(stampedHeaders("127.0.0.1"))).toBe(true);
    expect(isFromThisMachine(stampedHeaders("::1"))).toBe(true);
    expect(isFromThisMachine(stampedHeaders("::ffff:127.0.0.1"))).toBe(true);
    expect(isFromThisMachine(stampedHeaders("192.0.2.2"))).toBe(false);
    expect(isFromThisMachine(new Headers())).toBe(false);
    expect(isFromThisMachine(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe(false);
  });
});
