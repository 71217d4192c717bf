import { describe, expect, it } from "vitest";
import { type CpniFacts, type CpniNoticeFact, cpniNoticeNeeded, decideCpniUse, type EmailNoticeApprovalFact, isCpniNoticeDue } from "./cpni-approval";

const now = new Date("2027-06-15T12:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const untouched = { value: true, explicit: false };

/** Approval to receive notices by email, given at sign-up long before any notice here. */
const approvedAtSignUp: EmailNoticeApprovalFact[] = [{ value: true, at: new Date("2020-01-01T00:00:00Z") }];

const facts = (over: Partial<CpniFacts>): CpniFacts => ({
  held: false,
  communicationsOffers: untouched,
  otherUses: { value: false, explicit: false },
  notices: [],
  emailNoticeApprovals: approvedAtSignUp,
  ...over,
});
/** Notices emailed and delivered at these moments. */
const emailed = (...sentAt: Date[]): CpniNoticeFact[] => sentAt.map((at) => ({ method: "email", sentAt: at, undeliverable: false, recordedAt: at }));
const postedOn = (at: Date): CpniNoticeFact => ({ method: "post", sentAt: at, undeliverable: false, recordedAt: at });

describe("the CPNI approval rule (47 CFR 64.2007, 64.2008)", () => {
  describe("communications-related marketing on opt-out approval", () => {
    it("is refused before any notice was sent, although the choice shows its default", () => {
      expect(decideCpniUse(facts({}), "communications-marketing", now)).toEqual({ allowed: false, reason: "no-notice" });
    });

    it("waits 30 days from the day the notice was sent, and says when approval may be assumed", () => {
      expect(decideCpniUse(facts({ notices: emailed(daysBefore(29)) }), "communications-marketing", now)).toEqual({
        allowed: false,
        reason: "waiting",
        approvalFrom: new Date("2027-06-16T12:00:00Z"),
      });
      expect(decideCpniUse(facts({ notices: emailed(daysBefore(30)) }), "communications-marketing", now)).toEqual({ allowed: true, basis: "opt-out-approval" });
    });

    it("lapses when the last notice is more than two years old, and a renewal restarts the wait", () => {
      const old = new Date("2025-06-15T11:59:59Z");
      expect(decideCpniUse(facts({ notices: emailed(old) }), "communications-marketing", now)).toEqual({ allowed: false, reason: "notice-expired" });
      expect(decideCpniUse(facts({ notices: emailed(new Date("2025-06-15T12:00:00Z")) }), "communications-marketing", now)).toMatchObject({ allowed: true });
      // A renewal sent after the lapse: the customer has 30 days again.
      expect(decideCpniUse(facts({ notices: emailed(old, daysBefore(3)) }), "communications-marketing", now)).toMatchObject({ allowed: false, reason: "waiting" });
      // A renewal sent in time (before the old one lapsed, and 30 days ago): approval never lapses.
      expect(decideCpniUse(facts({ notices: emailed(old, daysBefore(40)) }), "communications-marketing", now)).toEqual({ allowed: true, basis: "opt-out-approval" });
    });

    it("does not count an emailed notice that came back undeliverable, until one is sent by post (64.2008(d)(3)(iii))", () => {
      const returned: CpniNoticeFact = { method: "email", sentAt: daysBefore(60), undeliverable: true, recordedAt: daysBefore(60) };
      expect(decideCpniUse(facts({ notices: [returned] }), "communications-marketing", now)).toEqual({ allowed: false, reason: "undeliverable" });
      // Posted 20 days ago: the wait starts on the third day after the mailing (64.2008(d)(1)(ii)), so 30 days from day 17.
      const posted = postedOn(daysBefore(20));
      expect(decideCpniUse(facts({ notices: [returned, posted] }), "communications-marketing", now)).toEqual({
        allowed: false,
        reason: "waiting",
        approvalFrom: daysBefore(-13),
      });
      expect(decideCpniUse(facts({ notices: [returned, { ...posted, sentAt: daysBefore(33) }] }), "communications-marketing", now)).toEqual({ allowed: true, basis: "opt-out-approval" });
      expect(decideCpniUse(facts({ notices: [returned, { ...posted, sentAt: daysBefore(32) }] }), "communications-marketing", now)).toMatchObject({ allowed: false, reason: "waiting" });
    });

    it("does not count an email still waiting in the outbox: the wait runs from its delivery", () => {
      const waiting: CpniNoticeFact = { method: "email", sentAt: null, undeliverable: false, recordedAt: daysBefore(1) };
      expect(decideCpniUse(facts({ notices: [waiting] }), "communications-marketing", now)).toEqual({ allowed: false, reason: "no-notice" });
    });

    it("honors a withdrawal at once, whatever the notices", () => {
      const withdrawn = facts({ communicationsOffers: { value: false, explicit: true }, notices: emailed(daysBefore(100)) });
      expect(decideCpniUse(withdrawn, "communications-marketing", now)).toEqual({ allowed: false, reason: "withdrawn" });
    });

    it("takes the customer's own yes as approval, without waiting", () => {
      expect(decideCpniUse(facts({ communicationsOffers: { value: true, explicit: true } }), "communications-marketing", now)).toEqual({ allowed: true, basis: "opt-in-approval" });
    });
  });

  it("allows any other marketing use only on the customer's opt-in", () => {
    const notified = { notices: emailed(daysBefore(100)) };
    expect(decideCpniUse(facts(notified), "other-marketing", now)).toEqual({ allowed: false, reason: "no-opt-in" });
    expect(decideCpniUse(facts({ ...notified, otherUses: { value: true, explicit: true } }), "other-marketing", now)).toEqual({ allowed: true, basis: "opt-in-approval" });
    expect(decideCpniUse(facts({ ...notified, otherUses: { value: false, explicit: true } }), "other-marketing", now)).toEqual({ allowed: false, reason: "no-opt-in" });
  });

  it("refuses every purpose while a minor's report holds the customer's data", () => {
    const held = facts({ held: true, communicationsOffers: { value: true, explicit: true }, otherUses: { value: true, explicit: true }, notices: emailed(daysBefore(100)) });
    expect(decideCpniUse(held, "communications-marketing", now)).toEqual({ allowed: false, reason: "held" });
    expect(decideCpniUse(held, "other-marketing", now)).toEqual({ allowed: false, reason: "held" });
  });

  it("makes a notice due for a customer who never had one, and a renewal 45 days before two years are up", () => {
    expect(isCpniNoticeDue([], now)).toBe(true);
    expect(isCpniNoticeDue([daysBefore(300)], now)).toBe(false);
    expect(isCpniNoticeDue([new Date("2025-07-31T12:00:00Z")], now)).toBe(false);
    expect(isCpniNoticeDue([new Date("2025-07-30T12:00:00Z")], now)).toBe(true);
    expect(isCpniNoticeDue([new Date("2025-01-01T00:00:00Z"), daysBefore(10)], now)).toBe(false);
  });

  describe("notices by email only with the customer's express prior approval (64.2008(d)(3)(i))", () => {
    const given = (at: Date): EmailNoticeApprovalFact => ({ value: true, at });
    const withdrawnAt = (at: Date): EmailNoticeApprovalFact => ({ value: false, at });
    const decide = (over: Partial<CpniFacts>) => decideCpniUse(facts(over), "communications-marketing", now);

    it("counts an emailed notice when the approval was in force when it was sent", () => {
      expect(decide({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [given(daysBefore(41))] })).toEqual({ allowed: true, basis: "opt-out-approval" });
    });

    it("does not count an emailed notice sent without the approval, never given or given only after it", () => {
      expect(decide({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [] })).toEqual({ allowed: false, reason: "no-email-approval" });
      expect(decide({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [given(daysBefore(39))] })).toEqual({ allowed: false, reason: "no-email-approval" });
      // Given, then withdrawn before the notice was sent.
      expect(decide({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [given(daysBefore(60)), withdrawnAt(daysBefore(50))] })).toEqual({
        allowed: false,
        reason: "no-email-approval",
      });
    });

    it("keeps counting a notice emailed with the approval after the approval is withdrawn", () => {
      expect(decide({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [given(daysBefore(60)), withdrawnAt(daysBefore(5))] })).toEqual({
        allowed: true,
        basis: "opt-out-approval",
      });
    });

    it("counts a posted notice from the third day after the mailing, whatever the approval", () => {
      expect(decide({ notices: [postedOn(daysBefore(33))], emailNoticeApprovals: [] })).toEqual({ allowed: true, basis: "opt-out-approval" });
      expect(decide({ notices: [...emailed(daysBefore(60)), postedOn(daysBefore(20))], emailNoticeApprovals: [] })).toEqual({
        allowed: false,
        reason: "waiting",
        approvalFrom: daysBefore(-13),
      });
    });

    it("says how the notice must go: by email with the approval, by post without it, none while one covers the customer", () => {
      expect(cpniNoticeNeeded({ notices: [], emailNoticeApprovals: [given(daysBefore(1))] }, now)).toBe("email");
      expect(cpniNoticeNeeded({ notices: [], emailNoticeApprovals: [] }, now)).toBe("post");
      expect(cpniNoticeNeeded({ notices: [], emailNoticeApprovals: [given(daysBefore(9)), withdrawnAt(daysBefore(1))] }, now)).toBe("post");
      // Emailed without approval: it covers nobody, so the notice is still needed, by post.
      expect(cpniNoticeNeeded({ notices: emailed(daysBefore(40)), emailNoticeApprovals: [] }, now)).toBe("post");
      expect(cpniNoticeNeeded({ notices: [postedOn(daysBefore(40))], emailNoticeApprovals: [] }, now)).toBe("none");
      expect(cpniNoticeNeeded({ notices: emailed(daysBefore(40)), emailNoticeApprovals: approvedAtSignUp }, now)).toBe("none");
      // Still in the outbox, queued with the approval: it will arrive.
      const queued: CpniNoticeFact = { method: "email", sentAt: null, undeliverable: false, recordedAt: daysBefore(0) };
      expect(cpniNoticeNeeded({ notices: [queued], emailNoticeApprovals: approvedAtSignUp }, now)).toBe("none");
      // Came back: not emailed again until the renewal is due, so it must be posted.
      const returned: CpniNoticeFact = { method: "email", sentAt: daysBefore(60), undeliverable: true, recordedAt: daysBefore(60) };
      expect(cpniNoticeNeeded({ notices: [returned], emailNoticeApprovals: approvedAtSignUp }, now)).toBe("post");
    });
  });
});
