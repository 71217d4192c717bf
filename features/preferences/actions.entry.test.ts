import { describe, expect, it, vi } from "vitest";
import { idleFormState } from "@/lib/forms/form-state";
import { entryPointDatabaseFor, formOf as form, signedInAs, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { answerGpcPromptAction, saveChoiceAction } from "./actions";
import { listConsentHistory } from "./repository";
import { cookieJar as jar } from "./testing/cookie-jar";
import { createTestCustomer } from "./testing/create-test-customer";

// The actions' surroundings (server/boundary/testing/entry-point-surroundings.ts): who is signed in, the test's
// database, and Next.js's cache, redirect and not-found.
// The request's headers (the Global Privacy Control signal among them), and a cookie jar the actions write to.
vi.mock("next/headers", async () => (await import("./testing/cookie-jar")).headersWithCookieJar());

describe.each(ENGINES)("the choices' actions on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);

  const history = async (customerId: string) => (await listConsentHistory(handle.db, customerId)).map(({ choiceKey, oldValue, newValue, method }) => [choiceKey, oldValue, newValue, method]);

  it("saves the signed-in customer's own choice, says so, and answers how far the page must reach to show it", async () => {
    const customerId = await createTestCustomer(handle.db, "save-own");
    signedInAs(customerId, "customer");

    const off = await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies" }));
    expect(off).toMatchObject({ status: "success", message: "Saved: “Advertising cookies” is now off.", result: { choiceKey: "advertising-cookies", value: false, changed: true } });
    const on = await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies", value: "on" }));
    expect(on).toMatchObject({ status: "success", message: "Saved: “Advertising cookies” is now on.", result: { value: true, changed: true } });

    const records = await listConsentHistory(handle.db, customerId);
    expect(records.map((record) => record.id)).toEqual([on.result!.revision, off.result!.revision]);
    expect(await history(customerId)).toEqual([
      ["advertising-cookies", false, true, "dashboard"],
      ["advertising-cookies", true, false, "dashboard"],
    ]);
    expect(surroundings.revalidated).toEqual(["/account/choices", "/account/choices"]);
  });

  it("refuses a form that names a customer, changing nothing for anyone", async () => {
    const customerId = await createTestCustomer(handle.db, "names-other");
    const other = await createTestCustomer(handle.db, "named");
    signedInAs(customerId, "customer");

    const state = await saveChoiceAction(idleFormState, form({ choiceKey: "cpni-other-uses", value: "on", customerId: other }));
    expect(state).toMatchObject({ status: "error", message: "The form sent something we did not expect. Please reload the page and try again." });
    expect(await history(customerId)).toEqual([]);
    expect(await history(other)).toEqual([]);
  });

  it("answers a choice that does not exist 404, and a value other than on with the form's error", async () => {
    const customerId = await createTestCustomer(handle.db, "tampered");
    signedInAs(customerId, "customer");
    await expect(saveChoiceAction(idleFormState, form({ choiceKey: "sell-everything", value: "on" }))).rejects.toThrow("not found");
    expect(await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies", value: "no" }))).toMatchObject({
      status: "error",
      fieldErrors: { value: "The value must be “on”, or left out for off." },
    });
    expect(await history(customerId)).toEqual([]);
  });

  it("sends a visitor without a session to sign in, and refuses anything but a form, before reading it", async () => {
    await expect(saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies" }))).rejects.toThrow("redirect to /sign-in");
    await expect(saveChoiceAction(idleFormState, "advertising-cookies" as unknown as FormData)).rejects.toThrow("not found");
  });

  it("records an answer to the Global Privacy Control prompt only for a choice the signal covers", async () => {
    const customerId = await createTestCustomer(handle.db, "gpc-answer");
    signedInAs(customerId, "customer");
    await expect(answerGpcPromptAction(form({ choiceKey: "promotional-email", answer: "consent" }))).rejects.toThrow("not found");
    await expect(answerGpcPromptAction(form({ choiceKey: "share-with-advertisers", answer: "keep" }))).rejects.toThrow("not found");
    // No conflict to answer: nothing is recorded, and the notice's pages are fetched afresh.
    await answerGpcPromptAction(form({ choiceKey: "share-with-advertisers", answer: "keep-off" }));
    expect(await history(customerId)).toEqual([]);
    expect(surroundings.revalidated).toEqual(["/account"]);
  });

  it("sets the advertising cookie only while the customer's choice is on and the browser sends no signal", async () => {
    const customerId = await createTestCustomer(handle.db, "ad-cookie");
    signedInAs(customerId, "customer");
    jar.clear();

    await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies", value: "on" }));
    expect(jar.get("pc-advertising")).toBe("allowed");
    await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies" }));
    expect(jar.has("pc-advertising")).toBe(false);
    await saveChoiceAction(idleFormState, form({ choiceKey: "advertising-cookies", value: "on" }));
    expect(jar.get("pc-advertising")).toBe("allowed");

    // Saving any choice from a browser that sends Global Privacy Control removes it, whatever the choice says.
    surroundings.sentHeaders = { "sec-gpc": "1" };
    await saveChoiceAction(idleFormState, form({ choiceKey: "promotional-email" }));
    expect(jar.has("pc-advertising")).toBe(false);
  });

  it("records turning a covered choice on from a browser that sends the signal as consent despite it", async () => {
    const customerId = await createTestCustomer(handle.db, "consent-despite");
    signedInAs(customerId, "customer");
    surroundings.sentHeaders = { "sec-gpc": "1" };
    await saveChoiceAction(idleFormState, form({ choiceKey: "share-with-advertisers" }));
    await saveChoiceAction(idleFormState, form({ choiceKey: "share-with-advertisers", value: "on" }));
    // A choice the signal does not cover is an ordinary dashboard change.
    await saveChoiceAction(idleFormState, form({ choiceKey: "promotional-email" }));
    expect(await history(customerId)).toEqual([
      ["promotional-email", true, false, "dashboard"],
      ["share-with-advertisers", false, true, "gpc_consent"],
      ["share-with-advertisers", true, false, "dashboard"],
    ]);
  });
});
