import { describe, expect, it, vi } from "vitest";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import { listCpniNotices, readCpniFacts, listCpniUses, mayUseCpni, sendDueCpniNotices, authorizeCpniUse } from "./cpni";
import { changeChoice, getChoicesOverview } from "./service";
import { approveEmailNotices } from "./testing/approve-email-notices";
import { createTestCustomer } from "./testing/create-test-customer";
import { deliverOutbox } from "./testing/deliver-outbox";
import { heldCustomers as held } from "./testing/held-customers";
import { cpniNoticeNeeded } from "./cpni-approval";

// Whose data a minor's report holds: here the test says.
vi.mock("@/features/minors", async () => (await import("@/features/preferences/testing/held-customers")).minorsModule());

const SITE = "https://privacy.example.com";
const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-12-01T15:00:00Z");
const later = (days: number) => new Date(start.getTime() + days * DAY);
const offer = { purpose: "communications-marketing" as const, campaign: "Call recording for business lines", cpniUsed: "services and plans", offered: "Call recording" };

describe.each(ENGINES)("CPNI approval, notices and uses on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  const moment = { now: start, policyVersion: "2026-11-20" };

  const outbox = async (to: string) =>
    handle.db.selectFrom("emailOutbox").select(["subject", "textBody", "category", "headersJson"]).where("toAddress", "=", to).orderBy("createdAt").execute();

  it("assumes opt-out approval only 30 days after the emailed notice, and records the notice once", async () => {
    const customerId = await createTestCustomer(handle.db, "cpni-wait");
    await approveEmailNotices(handle.db, customerId, start);
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", start)).toEqual({ allowed: false, reason: "no-notice" });

    // Two runs at once (two instances) send one notice.
    await Promise.all([sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start }), sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start })]);
    expect(await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: later(1) })).toEqual({ sent: 0 });
    // Queued is not had: the 30 days run from the mail server's taking it (64.2008(d)(1)(i)).
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(40))).toEqual({ allowed: false, reason: "no-notice" });
    await deliverOutbox(handle.db, start);
    const notices = await listCpniNotices(handle.db, customerId);
    expect(notices).toEqual([
      {
        id: expect.any(Number),
        sentAt: start.toISOString(),
        toAddress: `${customerId}@example.com`,
        kind: "first",
        noticeVersion: expect.any(String),
        method: "email",
        deliveredAt: start.toISOString(),
        returnedAt: null,
        refused: false,
      },
    ]);
    const emails = await outbox(`${customerId}@example.com`);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: "Notice of your rights over your CPNI (Customer Proprietary Network Information)", category: "transactional" });
    expect(emails[0]!.textBody).toContain("You have a right, and Phone.com has a duty, under federal law, to protect the confidentiality");
    expect(emails[0]!.textBody).toContain("Denying or withdrawing approval will not affect the provision of any services to which you subscribe");
    expect(emails[0]!.textBody).toContain(`${SITE}/account/choices`);
    expect(JSON.parse(emails[0]!.headersJson)).toEqual({ "Reply-To": "legal@phone.com" });

    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(29))).toMatchObject({ allowed: false, reason: "waiting" });
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(30))).toEqual({ allowed: true, basis: "opt-out-approval" });
    // Anything beyond communications-related offers still needs the customer's yes.
    expect(await mayUseCpni(handle.db, customerId, "other-marketing", later(30))).toEqual({ allowed: false, reason: "no-opt-in" });
  });

  it("renews the notice before two years are up, so approval never lapses", async () => {
    const customerId = await createTestCustomer(handle.db, "cpni-renew");
    await approveEmailNotices(handle.db, customerId, start);
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
    await deliverOutbox(handle.db, start);
    // 2 years less 46 days: not yet due; 45 days before: due.
    const twoYears = new Date(start);
    twoYears.setUTCFullYear(twoYears.getUTCFullYear() + 2);
    const renewal = new Date(twoYears.getTime() - 45 * DAY);
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: new Date(renewal.getTime() - DAY) });
    expect(await listCpniNotices(handle.db, customerId)).toHaveLength(1);
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: renewal });
    await deliverOutbox(handle.db, renewal);
    expect((await listCpniNotices(handle.db, customerId)).map((notice) => notice.kind)).toEqual(["renewal", "first"]);
    expect((await outbox(`${customerId}@example.com`)).at(-1)!.textBody).toContain("Every two years we send you this notice again");
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", new Date(twoYears.getTime() + DAY))).toEqual({ allowed: true, basis: "opt-out-approval" });
  });

  it("honors a withdrawal and an opt-in at once, and records each use it allows", async () => {
    const customerId = await createTestCustomer(handle.db, "cpni-withdraw");
    await approveEmailNotices(handle.db, customerId, start);
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
    await deliverOutbox(handle.db, start);
    const use = (at: Date) => handle.db.transaction().execute((trx) => authorizeCpniUse(trx, customerId, offer, at));
    expect(await use(later(31))).toEqual({ allowed: true, basis: "opt-out-approval" });

    await changeChoice(handle.db, { customerId, choiceKey: "cpni-communications-offers", value: false, method: "dashboard" }, moment);
    expect(await use(later(32))).toEqual({ allowed: false, reason: "withdrawn" });
    await changeChoice(handle.db, { customerId, choiceKey: "cpni-other-uses", value: true, method: "dashboard" }, moment);
    expect(await mayUseCpni(handle.db, customerId, "other-marketing", later(32))).toEqual({ allowed: true, basis: "opt-in-approval" });

    // 47 CFR 64.2009(c): the campaign, the CPNI used and what was offered; refused uses leave no record.
    expect(await listCpniUses(handle.db, customerId)).toEqual([
      { id: expect.any(Number), purpose: "communications-marketing", campaign: offer.campaign, cpniUsed: offer.cpniUsed, offered: offer.offered, usedAt: later(31).toISOString() },
    ]);
  });

  it("refuses every CPNI use while a minor's report holds the customer's data", async () => {
    const customerId = await createTestCustomer(handle.db, "cpni-held");
    await approveEmailNotices(handle.db, customerId, start);
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
    await deliverOutbox(handle.db, start);
    await changeChoice(handle.db, { customerId, choiceKey: "cpni-other-uses", value: true, method: "dashboard" }, moment);
    held.add(customerId);
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(40))).toEqual({ allowed: false, reason: "held" });
    expect(await mayUseCpni(handle.db, customerId, "other-marketing", later(40))).toEqual({ allowed: false, reason: "held" });
    held.delete(customerId);
    expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(40))).toMatchObject({ allowed: true });
  });

  it("sends no notice to a disabled account", async () => {
    const customerId = await createTestCustomer(handle.db, "cpni-disabled");
    await approveEmailNotices(handle.db, customerId, start);
    await handle.db.updateTable("accounts").set({ disabledAt: start.toISOString() }).where("id", "=", customerId).execute();
    await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
    expect(await listCpniNotices(handle.db, customerId)).toEqual([]);
  });

  describe("notices by email only with the customer's express prior approval (47 CFR 64.2008(d)(3)(i))", () => {
    const emailNotices = (customerId: string) => changeChoice(handle.db, { customerId, choiceKey: "service-notices-by-email", value: true, method: "dashboard" }, moment);

    it("emails no notice to a customer who has not approved notices by email, who then needs a posted one", async () => {
      const customerId = await createTestCustomer(handle.db, "cpni-no-email");
      await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
      expect(await listCpniNotices(handle.db, customerId)).toEqual([]);
      expect(await outbox(`${customerId}@example.com`)).toEqual([]);
      expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(40))).toEqual({ allowed: false, reason: "no-notice" });
      expect(cpniNoticeNeeded(await readCpniFacts(handle.db, customerId), start)).toBe("post");

      // They approve on "Your choices": the next run emails them.
      await emailNotices(customerId);
      expect(cpniNoticeNeeded(await readCpniFacts(handle.db, customerId), start)).toBe("email");
      await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: later(1) });
      expect(await listCpniNotices(handle.db, customerId)).toEqual([expect.objectContaining({ method: "email", kind: "first" })]);
    });

    it("stops emailing once the approval is withdrawn, and a notice emailed before still counts", async () => {
      const customerId = await createTestCustomer(handle.db, "cpni-email-withdrawn");
      await approveEmailNotices(handle.db, customerId, start);
      await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: start });
      await deliverOutbox(handle.db, start);
      await changeChoice(handle.db, { customerId, choiceKey: "service-notices-by-email", value: false, method: "dashboard" }, { ...moment, now: later(2) });
      expect(await mayUseCpni(handle.db, customerId, "communications-marketing", later(31))).toEqual({ allowed: true, basis: "opt-out-approval" });
      // The renewal is due: the job sends none, and the notice must go by post.
      const renewalDue = later(2 * 365 - 40);
      await sendDueCpniNotices(handle.db, { siteUrl: SITE, now: renewalDue });
      expect(await listCpniNotices(handle.db, customerId)).toHaveLength(1);
      expect(cpniNoticeNeeded(await readCpniFacts(handle.db, customerId), renewalDue)).toBe("post");
    });

    it("is off until the customer says yes, and every change is a consent record: who, when, how, under which policy", async () => {
      const customerId = await createTestCustomer(handle.db, "cpni-email-history");
      const before = await getChoicesOverview(handle.db, customerId);
      expect(before.choices.find((choice) => choice.key === "service-notices-by-email")).toEqual({ key: "service-notices-by-email", value: false, method: "default", changedAt: null });
      await approveEmailNotices(handle.db, customerId, start);
      await changeChoice(handle.db, { customerId, choiceKey: "service-notices-by-email", value: false, method: "dashboard" }, { ...moment, now: later(3) });
      // A double submit records nothing more.
      await changeChoice(handle.db, { customerId, choiceKey: "service-notices-by-email", value: false, method: "dashboard" }, { ...moment, now: later(3) });
      const { history } = await getChoicesOverview(handle.db, customerId);
      expect(history.map(({ choiceKey, oldValue, newValue, method, policyVersion, createdAt }) => ({ choiceKey, oldValue, newValue, method, policyVersion, createdAt }))).toEqual([
        { choiceKey: "service-notices-by-email", oldValue: true, newValue: false, method: "dashboard", policyVersion: "2026-11-20", createdAt: later(3).toISOString() },
        { choiceKey: "service-notices-by-email", oldValue: false, newValue: true, method: "sign_up", policyVersion: "2026-11-20", createdAt: start.toISOString() },
      ]);
    });
  });
});
