import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { readRequestForRequester } from "@/features/requests/queries";
import { requestStatusKey } from "@/features/requests/status-link";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { completeRequest, verifyRequest } from "@/features/requests/workflow/request-workflow";
import { insertAdministrator, insertCustomerRecords, insertTestRequest, SOON_AFTER } from "@/features/requests/workflow/workflow-test-fixtures";
import { entryPointDatabaseFor, formOf as form, SENT_TO_NOT_FOUND_PAGE, signedInAs } from "@/server/boundary/testing/entry-point-surroundings";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { ENGINES } from "@/server/db/testing/engines";
import { readSecrets } from "@/server/env";
import { requestAccessAction, requestCorrectionAction } from "./actions";
import { downloadRequestExport } from "./download-route";
import { listCustomerRequests, readCustomerRequest } from "./queries";

// Demo mode: the status links are signed with the demo secret, and the copies sealed with the demo keys (env.ts reads the environment on import).

describe.each(ENGINES)("a customer's request pages on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  let customer: string;
  let stranger: string;
  let answered: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
    customer = await insertTestCustomer(handle.db);
    stranger = await insertTestCustomer(handle.db);
    await insertCustomerRecords(handle.db, customer, SOON_AFTER);
    answered = await insertTestRequest(handle.db, { type: "access", customerId: customer });
    await verifyRequest(handle.db, { reference: answered, actorAccountId: admin, method: "Phone call" }, {}, SOON_AFTER);
    const done = await completeRequest(handle.db, { reference: answered, actorAccountId: admin, message: "Here it is." }, { cipher: createSensitiveCipher(readSecrets().encryptionKeys), siteUrl: "https://privacy.example.com", policyVersion: "2026-11-20" }, SOON_AFTER);
    expect(done.ok).toBe(true);
  });

  const download = (reference: string) => downloadRequestExport(new Request(`http://localhost/account/requests/${reference}/download`), { params: Promise.resolve({ reference }) });

  it("read only the signed-in customer's own requests", async () => {
    signedInAs(customer, "customer");
    expect((await listCustomerRequests()).map((request) => request.reference)).toEqual([answered]);
    expect(await readCustomerRequest(answered)).toMatchObject({ reference: answered, status: "completed", hasDownload: true });

    signedInAs(stranger, "customer");
    expect(await listCustomerRequests()).toEqual([]);
    await expect(readCustomerRequest(answered)).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
  });

  it("send a visitor without a session to sign in, and the administrator to the console", async () => {
    await expect(listCustomerRequests()).rejects.toThrow("redirect to /sign-in?next=%2Faccount%2Frequests");
    signedInAs(admin, "admin");
    await expect(listCustomerRequests()).rejects.toThrow("redirect to /admin");
    await expect(readCustomerRequest(answered)).rejects.toThrow("redirect to /admin");
  });

  it("give the copy to the customer who asked for it, a 404 in words to anyone else, and send a visitor to sign in", async () => {
    await expect(download(answered)).rejects.toThrow("redirect to /sign-in?next=%2Faccount%2Frequests");

    signedInAs(stranger, "customer");
    const notTheirs = await download(answered);
    expect(notTheirs.status).toBe(404);
    expect(await notTheirs.json()).toEqual({ error: "There is no copy to download for this request." });
    expect(notTheirs.headers.get("Cache-Control")).toBe("no-store");

    signedInAs(customer, "customer");
    const copy = await download(answered.toLowerCase());
    expect(copy.status).toBe(200);
    expect(copy.headers.get("Content-Disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(JSON.parse(await copy.text())).toBeTypeOf("object");
  });

  describe("the request forms", () => {
    it("make the request for the session's customer and go to its page", async () => {
      signedInAs(customer, "customer");
      const key = randomUUID();
      await expect(requestCorrectionAction({ status: "idle" }, form({ idempotencyKey: key, category: "cpni", correction: "My plan is wrong." }))).rejects.toThrow(
        /^redirect to \/account\/requests\/PR-[2-9A-Z]{4}-[2-9A-Z]{4}\?sent=1$/,
      );
      const row = await handle.db.selectFrom("privacyRequests").select(["requestedByCustomerId", "customerId", "detailsJson"]).where("idempotencyKey", "=", key).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ requestedByCustomerId: customer, customerId: customer });
      expect(JSON.parse(row.detailsJson)).toEqual({ field: "cpni", fieldTitle: expect.stringContaining("CPNI"), correction: "My plan is wrong." });
    });

    it("explain a wrong answer field by field, keeping what was typed", async () => {
      signedInAs(customer, "customer");
      const state = await requestCorrectionAction({ status: "idle" }, form({ idempotencyKey: randomUUID(), category: "cpni", correction: "   " }));
      expect(state).toMatchObject({
        status: "error",
        message: "There is a problem with one answer. Please correct the highlighted fields.",
        fieldErrors: { correction: "Tell us what is wrong and what it should say." },
        values: { category: "cpni", correction: "   " },
      });
    });

    it("send nothing without the right password, and never give the password back", async () => {
      signedInAs(customer, "customer");
      const key = randomUUID();
      const state = await requestAccessAction({ status: "idle" }, form({ idempotencyKey: key, currentPassword: "not my password" }));
      expect(state).toEqual({
        status: "error",
        message: "Nothing was sent: we could not confirm it is you.",
        fieldErrors: { currentPassword: "That is not your current password." },
        values: { idempotencyKey: key },
      });
      expect(await handle.db.selectFrom("privacyRequests").select("id").where("idempotencyKey", "=", key).execute()).toEqual([]);
    });

    it("are refused to a visitor without a session before the form is read", async () => {
      await expect(requestCorrectionAction({ status: "idle" }, form({ anything: "at all" }))).rejects.toThrow("redirect to /sign-in?next=%2Faccount%2Frequests");
    });
  });

  describe("the page that follows a request made without an account", () => {
    it("shows it only with its own signed key", async () => {
      const reference = await insertTestRequest(handle.db, { type: "california_privacy_rights", details: { answerChannel: "email" } });
      expect(await readRequestForRequester(reference, requestStatusKey(reference))).toMatchObject({ reference, hasDownload: false });
      await expect(readRequestForRequester(reference, undefined)).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
      await expect(readRequestForRequester(reference, requestStatusKey(answered))).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
      // A customer's own request is followed signed in, never through a link.
      await expect(readRequestForRequester(answered, requestStatusKey(answered))).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    });
  });
});
