import { describe, expect, it } from "vitest";
import { createSessionTokenCache } from "./session-token-cache";

describe("the cache of opened session cookies", () => {
  it("remembers the session a cookie named until the cookie expires", () => {
    const cache = createSessionTokenCache();
    cache.set("cookie-a", "session-1", 10_000);
    expect(cache.get("cookie-a", 9_999)).toBe("session-1");
    expect(cache.get("cookie-b", 9_999)).toBeUndefined();
    expect(cache.get("cookie-a", 10_000)).toBeUndefined();
    // An expired entry is gone, not kept for later.
    expect(cache.size).toBe(0);
  });

  it("forgets the oldest cookies first once full, and a cookie used again counts as new", () => {
    const cache = createSessionTokenCache(2);
    cache.set("a", "1", Infinity);
    cache.set("b", "2", Infinity);
    cache.set("a", "1", Infinity);
    cache.set("c", "3", Infinity);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1");
    expect(cache.get("c")).toBe("3");
  });
});
