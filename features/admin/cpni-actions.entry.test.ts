import { beforeAll, describe, expect, it } from "vitest";
import { authorizeCpniUse, mayUseCpni, sendDueCpniNotices } from "@/features/preferences";
import { deliverOutbox } from "@/features/preferences/testing/deliver-outbox";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator, insertCustomerRecords, insertTestRequest, SOON_AFTER } from "@/features/requests/workflow/workflow-test-fixtures";
import { dayIn, startOfDayIn } from "@/lib/dates";
import type { FormState } from "@/lib/forms/form-state";
import { entryPointDatabaseFor, formOf as form, signedInAs } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { approveEmailNotices } from "@/features/preferences/testing/approve-email-notices";
import { recordCpniNoticePostedAction, recordCpniNoticePostedFromListAction, recordCpniNoticeReturnedAction, recordCpniOptOutByReplyAction } from "./cpni-actions";
import { readCpniPostingList, readRequestForAdmin } from "./queries";

const DAY = 24 * 60 * 60 * 1000;
const ZONE = "America/New_York";
const idle: FormState = { status: "idle" };
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const offer = { purpose: "communications-marketing" as const, campaign: "Call recording for business lines", cpniUsed: "services and plans", offered: "Call recording" };

describe.each(ENGINES)("the console's CPNI records and forms on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let admin: string;
  let customer: string;
  let reference: string;
  let emailedNoticeId: number;
  beforeAll(async () => {
    admin = await insertAdministrator(handle.db);
    customer = await insertTestCustomer(handle.db);
    await insertCustomerRecords(handle.db, customer, SOON_AFTER);
    reference = await insertTestRequest(handle.db, { type: "access", customerId: customer });
    // The notice was emailed and delivered 60 days ago (the customer had approved notices by email), and a campaign used the customer's CPNI since.
    await approveEmailNotices(handle.db, customer, daysAgo(61));
    await sendDueCpniNotices(handle.db, { siteUrl: "https://privacy.example.com", now: daysAgo(60) });
    await deliverOutbox(handle.db, daysAgo(60));
    await handle.db.transaction().execute((trx) => authorizeCpniUse(trx, customer, offer, daysAgo(5)));
    emailedNoticeId = (await handle.db.selectFrom("cpniNotices").select("id").where("customerId", "=", customer).executeTakeFirstOrThrow()).id;
  });

  const auditEntries = async (action: string) => handle.db.selectFrom("auditLog").select(["customerId", "subject", "detailsJson"]).where("action", "=", action).where("customerId", "=", customer).execute();
  const recordsPath = (intent: string) => `redirect to /admin/requests/${reference}?records=show&cpni=${intent}#cpni-heading`;
  const communications = (at = new Date()) => mayUseCpni(handle.db, customer, "communications-marketing", at);

  it("show the customer's CPNI notices and uses only within an audited look at their records", async () => {
    signedInAs(admin, "admin");
    expect((await readRequestForAdmin(reference)).cpni).toBeNull();
    expect(await auditEntries("view_customer_records")).toHaveLength(0);

    const page = await readRequestForAdmin(reference, { records: "show" });
    expect(await auditEntries("view_customer_records")).toEqual([expect.objectContaining({ subject: `request:${reference}` })]);
    expect(page.cpni?.record.notices).toEqual([expect.objectContaining({ id: emailedNoticeId, method: "email", deliveredAt: expect.any(String), returnedAt: null, refused: false })]);
    expect(page.cpni?.record.uses).toEqual([expect.objectContaining({ campaign: offer.campaign, cpniUsed: offer.cpniUsed, offered: offer.offered })]);
    expect(page.cpni?.record.communications).toEqual({ allowed: true, basis: "opt-out-approval" });
    expect(page.cpni?.record).toMatchObject({ emailNoticesApproved: true, noticeNeeded: "none" });
  });

  it("say that a customer who has not approved notices by email needs a posted notice, which then covers them (47 CFR 64.2008(d)(3)(i))", async () => {
    const unapproved = await insertTestCustomer(handle.db);
    const theirRequest = await insertTestRequest(handle.db, { type: "access", customerId: unapproved });
    await sendDueCpniNotices(handle.db, { siteUrl: "https://privacy.example.com", now: new Date() });
    signedInAs(admin, "admin");
    const before = (await readRequestForAdmin(theirRequest, { records: "show" })).cpni!.record;
    expect(before).toMatchObject({ notices: [], emailNoticesApproved: false, noticeNeeded: "post", communications: { allowed: false, reason: "no-notice" } });

    await expect(recordCpniNoticePostedAction(idle, form({ reference: theirRequest, postedOn: dayIn(ZONE, new Date()) }))).rejects.toThrow(`redirect to /admin/requests/${theirRequest}`);
    const after = (await readRequestForAdmin(theirRequest, { records: "show" })).cpni!.record;
    expect(after).toMatchObject({ notices: [expect.objectContaining({ method: "post" })], noticeNeeded: "none", communications: { allowed: false, reason: "waiting" } });
  });

  it("refuse a customer as if the forms did not exist", async () => {
    signedInAs(customer, "customer");
    await expect(recordCpniNoticeReturnedAction(idle, form({ reference, noticeId: String(emailedNoticeId) }))).rejects.toThrow("not found");
    await expect(recordCpniNoticePostedAction(idle, form({ reference, postedOn: dayIn(ZONE, new Date()) }))).rejects.toThrow("not found");
    expect(await auditEntries("cpni_notice_returned")).toHaveLength(0);
  });

  it("record a returned email once, audited: it no longer counts as notice, so no CPNI is used", async () => {
    signedInAs(admin, "admin");
    const returned = () => recordCpniNoticeReturnedAction(idle, form({ reference, noticeId: String(emailedNoticeId) }));
    await expect(returned()).rejects.toThrow(recordsPath("returned"));
    await expect(returned()).rejects.toThrow(recordsPath("returned"));
    expect(await auditEntries("cpni_notice_returned")).toEqual([{ customerId: customer, subject: `request:${reference}`, detailsJson: expect.stringContaining(`"noticeId":${emailedNoticeId}`) }]);
    expect(await communications()).toEqual({ allowed: false, reason: "undeliverable" });

    const page = await readRequestForAdmin(reference, { records: "show", cpni: "returned" });
    expect(page.cpni?.record.notices[0]?.returnedAt).toEqual(expect.any(String));
    expect(page.cpni?.done).toMatch(/came back undeliverable/);

    // Another customer's notice, or one that does not exist, is not this customer's.
    expect(await recordCpniNoticeReturnedAction(idle, form({ reference, noticeId: "999999" }))).toMatchObject({ status: "error", message: expect.stringMatching(/not one of this customer's emailed CPNI notices/) });
  });

  it("record a notice sent by post once, audited: approval may be assumed 30 days after the third day following the mailing", async () => {
    signedInAs(admin, "admin");
    const posted = (postedOn: string) => recordCpniNoticePostedAction(idle, form({ reference, postedOn }));
    const tomorrow = dayIn(ZONE, new Date(Date.now() + DAY));
    expect(await posted(tomorrow)).toMatchObject({ status: "error", fieldErrors: { postedOn: "Enter today or an earlier day." } });
    expect(await posted("2026-02-30")).toMatchObject({ status: "error", fieldErrors: { postedOn: "Enter the day as year-month-day, for example 2026-12-03." } });
    expect(await auditEntries("cpni_notice_posted")).toHaveLength(0);

    const postedOn = dayIn(ZONE, daysAgo(10));
    await expect(posted(postedOn)).rejects.toThrow(recordsPath("posted"));
    await expect(posted(postedOn)).rejects.toThrow(recordsPath("posted"));
    expect(await auditEntries("cpni_notice_posted")).toEqual([expect.objectContaining({ subject: `request:${reference}`, detailsJson: expect.stringContaining(`"postedOn":"${postedOn}"`) })]);

    const mailed = startOfDayIn(ZONE, postedOn);
    const approvalFrom = new Date(mailed.getTime() + 33 * DAY);
    expect(await communications()).toEqual({ allowed: false, reason: "waiting", approvalFrom });
    expect(await communications(approvalFrom)).toEqual({ allowed: true, basis: "opt-out-approval" });
    const { notices } = (await readRequestForAdmin(reference, { records: "show" })).cpni!.record;
    expect(notices[0]).toMatchObject({ method: "post", sentAt: mailed.toISOString(), toAddress: expect.any(String), kind: "first" });
  });

  it("record the customer's no, sent as a reply to the emailed notice, once and audited: honoured at once", async () => {
    signedInAs(admin, "admin");
    const optOut = () => recordCpniOptOutByReplyAction(idle, form({ reference }));
    await expect(optOut()).rejects.toThrow(recordsPath("opted-out"));
    await expect(optOut()).rejects.toThrow(recordsPath("opted-out"));
    expect(await auditEntries("cpni_opt_out_by_reply")).toEqual([expect.objectContaining({ subject: `request:${reference}` })]);
    expect(await communications(new Date(Date.now() + 400 * DAY))).toEqual({ allowed: false, reason: "withdrawn" });
    const history = await handle.db.selectFrom("consentRecords").select(["choiceKey", "newValue", "method"]).where("customerId", "=", customer).where("choiceKey", "=", "cpni-communications-offers").execute();
    expect(history).toEqual([{ choiceKey: "cpni-communications-offers", newValue: 0, method: "administrator" }]);
  });

  describe("the list of customers who need a posted notice", () => {
    it("lists a customer without approval to receive notices by email, each look audited, and a posting recorded from it takes them off", async () => {
      const unapproved = await insertTestCustomer(handle.db);
      const entriesOf = (action: string) => handle.db.selectFrom("auditLog").select(["subject", "detailsJson"]).where("action", "=", action).where("customerId", "=", unapproved).execute();
      signedInAs(admin, "admin");
      const before = await readCpniPostingList({});
      expect(before.customers).toContainEqual(expect.objectContaining({ customerId: unapproved, reason: "no-email-approval", postalAddress: expect.stringMatching(/\S/) }));
      // The customer of the other tests approved notices by email and had the notice: not on the list for want of approval.
      expect(before.customers).not.toContainEqual(expect.objectContaining({ customerId: customer, reason: "no-email-approval" }));
      expect(await entriesOf("view_cpni_posting_list")).toEqual([{ subject: "cpni-notices-to-post", detailsJson: "{}" }]);

      const posted = (fields: Record<string, string>) => recordCpniNoticePostedFromListAction(idle, form(fields));
      expect(await posted({ customerId: unapproved, postedOn: dayIn(ZONE, new Date(Date.now() + DAY)) })).toMatchObject({ status: "error", fieldErrors: { postedOn: "Enter today or an earlier day." } });
      await expect(posted({ customerId: "no-such-customer", postedOn: dayIn(ZONE, new Date()) })).rejects.toThrow("not found");
      await expect(posted({ customerId: unapproved, postedOn: dayIn(ZONE, new Date()) })).rejects.toThrow("redirect to /admin/cpni-notices?posted=1");
      expect(await entriesOf("cpni_notice_posted")).toEqual([{ subject: "cpni-notices-to-post", detailsJson: expect.stringContaining(`"postedOn":"${dayIn(ZONE, new Date())}"`) }]);

      const after = await readCpniPostingList({ posted: "1" });
      expect(after.customers).not.toContainEqual(expect.objectContaining({ customerId: unapproved }));
      expect(after.done).toMatch(/Recorded: the CPNI notice was sent by post/);
    });

    it("is the administrator's only", async () => {
      const unapproved = await insertTestCustomer(handle.db);
      signedInAs(customer, "customer");
      // A page read that finds nothing sends the reader to the not-found page.
      await expect(readCpniPostingList({})).rejects.toThrow("redirect to /not-found");
      await expect(recordCpniNoticePostedFromListAction(idle, form({ customerId: unapproved, postedOn: dayIn(ZONE, new Date()) }))).rejects.toThrow("not found");
      expect(await handle.db.selectFrom("cpniNotices").select("id").where("customerId", "=", unapproved).execute()).toEqual([]);
    });
  });
});
