import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendDueCpniNotices } from "@/features/preferences/cpni";
import { approveEmailNotices } from "@/features/preferences/testing/approve-email-notices";
import { deliverOutbox } from "@/features/preferences/testing/deliver-outbox";
import { listConsentHistory, recordConsent } from "@/features/preferences/repository";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { ENGINES, testDatabaseFor } from "@/server/db/testing/engines";
import type { MailingList } from "./mailing-lists";
import { sendSampleMailing } from "./sample-mailing";
import { tailoredSample } from "./sample-promotions";
import { readUnsubscribeView, sendPromotionalEmail, type UnsubscribeOptions, type UnsubscribeSettings, unsubscribeWithToken } from "./service";
import { createUnsubscribeToken, deriveUnsubscribeKey, generateRecipientId } from "./unsubscribe-token";

const signingKey = deriveUnsubscribeKey("test-only-auth-secret-0123456789abcdef");
const settings: UnsubscribeSettings = { siteUrl: "https://privacy.example.com", mailto: "unsubscribe@phone.com", signingKey };
const now = new Date("2026-12-01T12:00:00.000Z");

describe.each(ENGINES)("promotional email and one-click unsubscribe on %s", (engine) => {
  const handle = testDatabaseFor(engine);
  const options: UnsubscribeOptions = { policyVersion: "2026-11-20", now, signingKey };

  const send = (customerId: string, list: MailingList = "promotional-email") =>
    sendPromotionalEmail(handle.db, { customerId, list, subject: "An offer", text: "Two months free." }, now, settings);

  const outbox = (customerId: string) =>
    handle.db
      .selectFrom("emailOutbox")
      .innerJoin("accounts", "accounts.email", "emailOutbox.toAddress")
      .select(["emailOutbox.subject", "emailOutbox.textBody", "emailOutbox.headersJson", "emailOutbox.category"])
      .where("accounts.id", "=", customerId)
      .execute();

  /** The token in the customer's latest promotional email's List-Unsubscribe header. */
  /** The unsubscribe token of each email queued to the customer (in no particular order: the outbox has none). */
  async function tokensFromEmails(customerId: string): Promise<string[]> {
    return (await outbox(customerId)).map((message) => {
      const header = (JSON.parse(message.headersJson) as Record<string, string>)["List-Unsubscribe"]!;
      return /\/api\/unsubscribe\/([^>]+)>/.exec(header)![1]!;
    });
  }

  /** The token of the one email queued to the customer. */
  async function tokenFromEmail(customerId: string): Promise<string> {
    const tokens = await tokensFromEmails(customerId);
    expect(tokens).toHaveLength(1);
    return tokens[0]!;
  }

  const emailLinkRecords = async (customerId: string) =>
    (await listConsentHistory(handle.db, customerId)).filter((record) => record.method === "email_link").map(({ choiceKey, oldValue, newValue, policyVersion }) => ({ choiceKey, oldValue, newValue, policyVersion }));

  async function holdMarketing(customerId: string) {
    await handle.db
      .insertInto("privacyRequests")
      .values({
        id: randomUUID(),
        reference: `PR-TEST-${randomUUID().slice(0, 8)}`,
        type: "minor_report",
        status: "received",
        customerId,
        requesterName: "A parent",
        requesterEmail: null,
        requesterPostalJson: null,
        detailsJson: "{}",
        urgent: 1,
        receivedAt: now.toISOString(),
        acknowledgeBy: "2026-12-15",
        answerBy: "2027-01-15",
        extendedAnswerBy: null,
        dueOn: "2027-01-15",
        idempotencyKey: null,
        assignedTo: null,
        closedAt: null,
        updatedAt: now.toISOString(),
      })
      .execute();
  }

  it("queues a promotional email with exactly the RFC 8058 headers, a footer, and a recipient id instead of the customer id", async () => {
    const customerId = await insertTestCustomer(handle.db);
    expect(await send(customerId)).toMatchObject({ queued: true });
    const [message] = await outbox(customerId);
    expect(message!.category).toBe("promotional");

    const recipient = await handle.db.selectFrom("mailRecipients").select(["recipientId", "createdAt"]).where("customerId", "=", customerId).executeTakeFirstOrThrow();
    expect(recipient.createdAt).toBe(now.toISOString());
    const token = createUnsubscribeToken({ recipientId: recipient.recipientId, list: "promotional-email" }, signingKey);
    expect(JSON.parse(message!.headersJson)).toEqual({
      "List-Unsubscribe": `<https://privacy.example.com/api/unsubscribe/${token}>, <mailto:unsubscribe@phone.com?subject=unsubscribe%20${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(message!.headersJson).not.toContain(customerId);
    expect(message!.textBody).toContain(`Two months free.\n\n—\nThis is an advertisement from Phone.com.`);
    expect(message!.textBody).toContain(`https://privacy.example.com/unsubscribe/${token}`);
    expect(message!.textBody).toContain("184 South Livingston Avenue");

    // The next email reuses the recipient id; another list gets a token of its own.
    await send(customerId, "advertiser-promotions");
    expect(await handle.db.selectFrom("mailRecipients").select("recipientId").where("customerId", "=", customerId).execute()).toHaveLength(1);
    expect(await tokensFromEmails(customerId)).toContain(createUnsubscribeToken({ recipientId: recipient.recipientId, list: "advertiser-promotions" }, signingKey));
  });

  it("never sends to a customer who opted out of that list, nor to one whose marketing is held", async () => {
    const optedOut = await insertTestCustomer(handle.db);
    await handle.db.transaction().execute((trx) =>
      recordConsent(trx, { customerId: optedOut, choiceKey: "promotional-email", newValue: false, method: "dashboard", policyVersion: "2026-11-20", now }),
    );
    expect(await send(optedOut)).toEqual({ queued: false, reason: "opted-out" });
    // Opting out of one list leaves the other.
    expect(await send(optedOut, "advertiser-promotions")).toMatchObject({ queued: true });

    const held = await insertTestCustomer(handle.db);
    await holdMarketing(held);
    expect(await send(held)).toEqual({ queued: false, reason: "marketing-held" });
    expect(await send(held, "advertiser-promotions")).toEqual({ queued: false, reason: "marketing-held" });
    expect(await outbox(held)).toEqual([]);
    // No link was made for a customer who got nothing.
    expect(await handle.db.selectFrom("mailRecipients").select("recipientId").where("customerId", "=", held).execute()).toEqual([]);

    expect(await send("no-such-customer")).toEqual({ queued: false, reason: "not-a-customer" });
  });

  it("opts out at once with the token alone, recording one email_link record under the policy in force; repeating is harmless", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await send(customerId);
    const token = await tokenFromEmail(customerId);

    expect(await unsubscribeWithToken(handle.db, token, options)).toEqual({ status: "unsubscribed", list: "promotional-email", changed: true });
    expect(await emailLinkRecords(customerId)).toEqual([{ choiceKey: "promotional-email", oldValue: true, newValue: false, policyVersion: "2026-11-20" }]);
    expect(await unsubscribeWithToken(handle.db, token, options)).toEqual({ status: "unsubscribed", list: "promotional-email", changed: false });
    expect(await listConsentHistory(handle.db, customerId)).toHaveLength(1);
    expect(await send(customerId)).toEqual({ queued: false, reason: "opted-out" });
  });

  it("makes one record when two one-click POSTs race", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await send(customerId);
    const token = await tokenFromEmail(customerId);
    const outcomes = await Promise.all([unsubscribeWithToken(handle.db, token, options), unsubscribeWithToken(handle.db, token, options), unsubscribeWithToken(handle.db, token, options)]);
    expect(outcomes.filter((outcome) => outcome.status === "unsubscribed" && outcome.changed)).toHaveLength(1);
    expect(await emailLinkRecords(customerId)).toHaveLength(1);
  });

  it("changes nothing for a forged, altered, truncated or other-list token, or a recipient that does not exist", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await send(customerId);
    const token = await tokenFromEmail(customerId);
    const [recipientId, , mac] = token.split(".") as [string, string, string];
    const candidates = [
      createUnsubscribeToken({ recipientId, list: "promotional-email" }, deriveUnsubscribeKey("someone-elses-secret-0123456789abcdef")),
      `${recipientId}.advertiser-promotions.${mac}`,
      token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"),
      token.slice(0, -5),
      createUnsubscribeToken({ recipientId: generateRecipientId(), list: "promotional-email" }, signingKey),
      customerId,
    ];
    for (const candidate of candidates) expect(await unsubscribeWithToken(handle.db, candidate, options), candidate).toEqual({ status: "invalid" });
    expect(await listConsentHistory(handle.db, customerId)).toEqual([]);
  });

  it("unsubscribes from the token's list only", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await send(customerId, "advertiser-promotions");
    await unsubscribeWithToken(handle.db, await tokenFromEmail(customerId), options);
    expect(await emailLinkRecords(customerId)).toEqual([{ choiceKey: "advertiser-promotions", oldValue: true, newValue: false, policyVersion: "2026-11-20" }]);
    expect(await send(customerId)).toMatchObject({ queued: true });
  });

  it("shows the confirmation page's view without changing anything, and knows a token once its customer is deleted no more", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await send(customerId);
    const token = await tokenFromEmail(customerId);
    expect(await readUnsubscribeView(handle.db, token, options)).toMatchObject({ list: "promotional-email", title: "Promotional email from Phone.com", subscribed: true });
    expect(await readUnsubscribeView(handle.db, token, options)).toMatchObject({ subscribed: true });
    expect(await listConsentHistory(handle.db, customerId)).toEqual([]);
    await unsubscribeWithToken(handle.db, token, options);
    expect(await readUnsubscribeView(handle.db, token, options)).toMatchObject({ subscribed: false });
    expect(await readUnsubscribeView(handle.db, `${token}x`, options)).toBeNull();

    await handle.db.deleteFrom("consentRecords").where("customerId", "=", customerId).execute();
    await handle.db.deleteFrom("accounts").where("id", "=", customerId).execute();
    expect(await readUnsubscribeView(handle.db, token, options)).toBeNull();
    expect(await unsubscribeWithToken(handle.db, token, options)).toEqual({ status: "invalid" });
  });

  it("sends the demo's sample to every customer still on the list, and to nobody else", async () => {
    const onList = await insertTestCustomer(handle.db);
    const held = await insertTestCustomer(handle.db);
    await holdMarketing(held);
    const before = await handle.db.selectFrom("customers").select("accountId").execute();
    const report = await sendSampleMailing(handle.db, "advertiser-promotions", now, settings);
    expect(report.queued + report.skipped).toBe(before.length);
    expect((await outbox(onList)).map((message) => message.subject)).toEqual(["Sample Advertiser Promotion: a small-business webinar"]);
    expect(await outbox(held)).toEqual([]);
  });

  it("tailors an offer with the customer's CPNI only once the CPNI approval rule allows it, and records that use", async () => {
    const customerId = await insertTestCustomer(handle.db);
    await handle.db.insertInto("cpniServices").values({ id: randomUUID(), customerId, serviceName: "Virtual fax line", plan: "Unlimited", startedOn: "2024-01-01", monthlyPriceCents: 999 }).execute();
    const tailoredSend = (at: Date) =>
      sendPromotionalEmail(handle.db, { customerId, list: "promotional-email", subject: "An offer", text: "Two months free.", tailored: tailoredSample }, at, settings);
    const uses = () => handle.db.selectFrom("cpniUses").select(["purpose", "campaign"]).where("customerId", "=", customerId).execute();

    // No notice yet: the generic text, which uses no CPNI, and no use recorded.
    // The outbox keeps no order of its own (two emails may share a moment), so each step counts the emails that use CPNI.
    const offers = async () => (await outbox(customerId)).filter((message) => message.subject === "An offer");
    const tailoredBodies = async () => (await offers()).filter((message) => message.textBody.includes("Virtual fax line"));
    expect(await tailoredSend(now)).toMatchObject({ queued: true, usedCpni: false });
    expect(await offers()).toEqual([expect.objectContaining({ textBody: expect.stringContaining("Two months free.") })]);
    expect(await tailoredBodies()).toHaveLength(0);
    // The notice (emailed: the customer approved notices by email), then 30 days: the tailored text, and the use recorded (47 CFR 64.2009(c)).
    await approveEmailNotices(handle.db, customerId, now);
    await sendDueCpniNotices(handle.db, { siteUrl: settings.siteUrl, now });
    await deliverOutbox(handle.db, now);
    const later = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
    expect(await tailoredSend(later)).toMatchObject({ queued: true, usedCpni: true });
    expect(await tailoredBodies()).toEqual([expect.objectContaining({ textBody: expect.stringContaining("You have Virtual fax line with us") })]);
    expect(await uses()).toEqual([{ purpose: "communications-marketing", campaign: tailoredSample.use.campaign }]);
    // Withdrawn: generic again, at once.
    await handle.db.transaction().execute((trx) =>
      recordConsent(trx, { customerId, choiceKey: "cpni-communications-offers", newValue: false, method: "dashboard", policyVersion: "2026-11-20" }),
    );
    expect(await tailoredSend(later)).toMatchObject({ queued: true, usedCpni: false });
    expect(await offers()).toHaveLength(3);
    expect(await tailoredBodies()).toHaveLength(1);
    expect(await uses()).toHaveLength(1);
  });
});
