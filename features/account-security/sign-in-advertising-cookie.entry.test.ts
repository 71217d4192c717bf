import { describe, expect, it, vi } from "vitest";
import { changeChoice } from "@/features/preferences/service";
import { cookieJar as jar } from "@/features/preferences/testing/cookie-jar";
import { createTestCustomer } from "@/features/preferences/testing/create-test-customer";
import { idleFormState } from "@/lib/forms/form-state";
import { entryPointDatabaseFor, formOf as form, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { signInAction } from "./actions";
import { heldCustomers as held } from "@/features/preferences/testing/held-customers";

// Auth.js itself is not under test: its sign-in succeeds (or not) as each test says.
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("@/server/auth/auth", () => ({ signIn, signOut: vi.fn() }));
// Whose data a minor's report holds: here the test says.
vi.mock("@/features/minors", async () => (await import("@/features/preferences/testing/held-customers")).minorsModule());
// The browser's cookie jar, as the sign-in's answer leaves it.
vi.mock("next/headers", async () => (await import("@/features/preferences/testing/cookie-jar")).headersWithCookieJar());

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
