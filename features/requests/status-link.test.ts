import { describe, expect, it } from "vitest";
import { isRequestStatusKey, requestStatusKey } from "./status-link";

const SECRET = "a-test-secret-that-is-at-least-32-characters";

describe("the link to follow a request without an account", () => {
  it("opens the request it was made for", () => {
    expect(isRequestStatusKey("PR-7K4Q-9M2X", requestStatusKey("PR-7K4Q-9M2X", SECRET), SECRET)).toBe(true);
  });

  it("does not open another request, and cannot be altered, truncated or made with another secret", () => {
    const key = requestStatusKey("PR-7K4Q-9M2X", SECRET);
    expect(isRequestStatusKey("PR-7K4Q-9M2Y", key, SECRET)).toBe(false);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", key.slice(0, -1), SECRET)).toBe(false);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`, SECRET)).toBe(false);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", requestStatusKey("PR-7K4Q-9M2X", `${SECRET}-other`), SECRET)).toBe(false);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", "", SECRET)).toBe(false);
  });

  it("made before a rotation of the secret still opens the request while the earlier secret is accepted, and not after", () => {
    const madeBefore = requestStatusKey("PR-7K4Q-9M2X", SECRET);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", madeBefore, [`${SECRET}-new`, SECRET])).toBe(true);
    expect(isRequestStatusKey("PR-7K4Q-9M2X", madeBefore, [`${SECRET}-new`])).toBe(false);
  });
});
