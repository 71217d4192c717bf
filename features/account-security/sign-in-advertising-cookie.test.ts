import { describe, expect, it, vi } from "vitest";
import { changeChoice } from "@/features/preferences/service";
import { createTestCustomer } from "@/features/preferences/testing/create-test-customer";
import { idleFormState } from "@/lib/forms/form-state";
import { entryPointDatabaseFor, formOf as form, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { signInAction } from "./actions";

// Auth.js itself is not under test: its sign-in succeeds (or not) as each test says.
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("@/server/auth/auth", () => ({ signIn, signOut: vi.fn() }));
vi.mock("next/cache", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).cacheModule());
vi.mock("next/navigation", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).navigationModule());
vi.mock("@/server/db/database", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).databaseModule());
vi.mock("@/server/auth/current-account", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).sessionModule());
vi.mock("@/server/email/email-dispatcher", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).dispatcherModule());
// Whose data a minor's report holds: features/minors answers isMarketingHeld; here the test says.
const held = vi.hoisted(() => new Set<string>());
vi.mock("@/features/minors", () => ({ isMarketingHeld: async (_db: unknown, customerId: string) => held.has(customerId) }));
// The browser's cookie jar, as the sign-in's answer leaves it.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => ({
  ...(await import("@/server/boundary/testing/entry-point-surroundings")).headersModule(),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (name: string) => jar.delete(name),
  }),
}));

describe.each(ENGINES)("signing in sets this browser's advertising cookie as the customer's choice says, on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  const moment = { now: new Date(), policyVersion: "2026-11-20" };
  const signInAs = (customerId: string) => signInAction(idleFormState, form({ email: `${customerId}@example.com`, password: "any password" }));

  it("sets it when the choice is on and nothing holds it, and removes it when the choice is off, held, or the browser sends the signal", async () => {
    const customerId = await createTestCustomer(handle.db, `sign-in-ads-${engine}`);
    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: true, method: "dashboard" }, moment);
    jar.clear();
    await expect(signInAs(customerId)).rejects.toThrow("redirect to /account");
    expect(jar.get("pc-advertising")).toBe("allowed");

    held.add(customerId);
    await expect(signInAs(customerId)).rejects.toThrow("redirect to /account");
    expect(jar.has("pc-advertising")).toBe(false);
    held.delete(customerId);

    await expect(signInAs(customerId)).rejects.toThrow("redirect to /account");
    surroundings.sentHeaders = { "Sec-GPC": "1" };
    await expect(signInAs(customerId)).rejects.toThrow("redirect to /account");
    expect(jar.has("pc-advertising")).toBe(false);
    surroundings.sentHeaders = {};

    await changeChoice(handle.db, { customerId, choiceKey: "advertising-cookies", value: false, method: "dashboard" }, moment);
    jar.set("pc-advertising", "allowed");
    await expect(signInAs(customerId)).rejects.toThrow("redirect to /account");
    expect(jar.has("pc-advertising")).toBe(false);
  });

  it("leaves the cookie alone when the password did not match", async () => {
    const customerId = await createTestCustomer(handle.db, `sign-in-wrong-${engine}`);
    const { CredentialsSignin } = await import("next-auth");
    signIn.mockRejectedValueOnce(new CredentialsSignin());
    jar.set("pc-advertising", "allowed");
    expect(await signInAs(customerId)).toMatchObject({ status: "error", message: "That email and password do not match. Check them and try again." });
    expect(jar.get("pc-advertising")).toBe("allowed");
  });
});
