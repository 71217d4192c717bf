import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator, insertCustomerRecords, insertTestRequest, SOON_AFTER } from "@/features/requests/workflow/workflow-test-fixtures";
import { entryPointDatabaseFor, formOf as form, SENT_TO_NOT_FOUND_PAGE, signedInAs } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { downloadAuditLog } from "./audit-export-route";
import { readAuditLog, readRequestForAdmin, readRequestMetrics, readRequestQueue } from "./queries";
import { takeRequestStepAction } from "./request-actions";

// Demo mode: the secrets a completed request needs are the demo's (env.ts reads the environment on import).

describe.each(ENGINES)("the console's entry points on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  let customer: string;
  let reference: string;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
    customer = await insertTestCustomer(handle.db);
    await insertCustomerRecords(handle.db, customer, SOON_AFTER);
    // The customer's own request: even so, its page in the console is not theirs.
    reference = await insertTestRequest(handle.db, { type: "deletion", customerId: customer });
  });

  const recordViews = async () =>
    (await handle.db.selectFrom("auditLog").select("sequence").where("action", "=", "view_customer_records").where("subject", "=", `request:${reference}`).execute()).length;

  it("refuse a customer as if the console did not exist, even when the page forgot to check, and read nothing", async () => {
    signedInAs(customer, "customer");
    await expect(readRequestForAdmin(reference, { records: "show" })).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    await expect(readRequestQueue({})).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    await expect(readAuditLog({})).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    await expect(readRequestMetrics({})).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    // Asking for the customer's records looked at nothing, so nothing was audited.
    expect(await recordViews()).toBe(0);
  });

  it("send a visitor without a session to sign in", async () => {
    await expect(readRequestQueue({})).rejects.toThrow("redirect to /sign-in?next=%2Fadmin");
    await expect(readRequestForAdmin(reference)).rejects.toThrow(/^redirect to \/sign-in/);
  });

  it("read a request for the administrator, with the steps its status allows, and audit a look at the customer's records", async () => {
    signedInAs(admin, "admin");
    const page = await readRequestForAdmin(reference.toLowerCase().replace(/-/g, " "), { done: "verify" });
    expect(page.request).toMatchObject({ reference, type: "deletion", customerId: customer });
    expect(page.actions).toEqual(["verify", "deny", "assign", "note"]);
    expect(page.doneMessage).toBe("Marked as verified. The requester has been told.");
    expect(page.inventory).toBeNull();
    expect(page.administrators.map((administrator) => administrator.accountId)).toContain(admin);
    expect(await recordViews()).toBe(0);

    const withRecords = await readRequestForAdmin(reference, { records: "show" });
    expect(withRecords.inventory?.personal.fullName).toBe("Test Customer");
    expect(await recordViews()).toBe(1);
  });

  it("answer a reference that is not there, or not a reference, 404", async () => {
    signedInAs(admin, "admin");
    await expect(readRequestForAdmin("PR-2222-2222")).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
    await expect(readRequestForAdmin("../etc/passwd")).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
  });

  it("download the audit log for the administrator only: 401 in words signed out, 404 for a customer", async () => {
    const download = () => downloadAuditLog(new Request("http://localhost/admin/audit/export"));
    const signedOutAnswer = await download();
    expect(signedOutAnswer.status).toBe(401);
    expect(await signedOutAnswer.text()).toBe("Sign in as the Privacy Administrator to download the audit log.");

    signedInAs(customer, "customer");
    expect((await download()).status).toBe(404);

    signedInAs(admin, "admin");
    const csv = await download();
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const exports = await handle.db.selectFrom("auditLog").select("actorAccountId").where("action", "=", "export_audit_log").execute();
    expect(exports).toEqual([{ actorAccountId: admin }]);

    const invalid = await downloadAuditLog(new Request("http://localhost/admin/audit/export?customer=not-an-email"));
    expect(invalid.status).toBe(400);
  });

  describe("a step taken on a request's page", () => {
    it("is refused to a customer as if it did not exist, and changes nothing", async () => {
      signedInAs(customer, "customer");
      await expect(takeRequestStepAction({ status: "idle" }, form({ intent: "verify", reference, method: "I say so" }))).rejects.toThrow("not found");
      const row = await handle.db.selectFrom("privacyRequests").select("status").where("reference", "=", reference).executeTakeFirstOrThrow();
      expect(row.status).toBe("received");
    });

    it("that the workflow refuses comes back to the form in the workflow's words, with what was typed", async () => {
      signedInAs(admin, "admin");
      const state = await takeRequestStepAction({ status: "idle" }, form({ intent: "complete", reference, message: "Done.", confirmed: "on" }));
      expect(state).toEqual({
        status: "error",
        message: "Verify the requester’s identity before completing this request.",
        fieldErrors: {},
        values: { intent: "complete", reference, message: "Done.", confirmed: "on" },
      });
    });

    it("that closes the request for good is refused until its box is ticked, and nothing is written", async () => {
      signedInAs(admin, "admin");
      const state = await takeRequestStepAction({ status: "idle" }, form({ intent: "deny", reference, reason: "Could not verify.", contactPerson: "Privacy Administrator" }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors).toEqual({ confirmed: "Tick the box to confirm: this step cannot be undone." });
      expect(state.values?.reason).toBe("Could not verify.");
      const row = await handle.db.selectFrom("privacyRequests").select("status").where("reference", "=", reference).executeTakeFirstOrThrow();
      expect(row.status).toBe("received");
    });

    it("that the form gets wrong is explained field by field, and never reaches the workflow", async () => {
      signedInAs(admin, "admin");
      const state = await takeRequestStepAction({ status: "idle" }, form({ intent: "verify", reference, method: "  " }));
      expect(state).toMatchObject({
        status: "error",
        message: "There is a problem with one answer. Please correct the highlighted fields.",
        fieldErrors: { method: "Say how you verified the requester’s identity." },
      });
    });

    it("is taken as the session's administrator, and goes back to the request's page saying so", async () => {
      signedInAs(admin, "admin");
      const other = await insertTestRequest(handle.db, { type: "access" });
      await expect(takeRequestStepAction({ status: "idle" }, form({ intent: "verify", reference: other, method: "Called them back" }))).rejects.toThrow(
        `redirect to /admin/requests/${other}?done=verify`,
      );
      const audit = await handle.db.selectFrom("auditLog").select(["action", "actorAccountId"]).where("subject", "=", `request:${other}`).execute();
      expect(audit).toEqual([{ action: "verify_request", actorAccountId: admin }]);
    });
  });
});
