import { describe, expect, it } from "vitest";
import { type CpniFacts, type CpniNoticeFact, decideCpniUse, isCpniNoticeDue } from "./cpni-approval";

const now = new Date("2027-06-15T12:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const untouched = { value: true, explicit: false };

const facts = (over: Partial<CpniFacts>): CpniFacts => ({
  held: false,
  communicationsOffers: untouched,
  otherUses: { value: false, explicit: false },
  notices: [],
  ...over,
});
/** Notices emailed and delivered at these moments. */
const emailed = (...sentAt: Date[]): CpniNoticeFact[] => sentAt.map((at) => ({ method: "email", sentAt: at, undeliverable: false }));

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
      const returned: CpniNoticeFact = { method: "email", sentAt: daysBefore(60), undeliverable: true };
      expect(decideCpniUse(facts({ notices: [returned] }), "communications-marketing", now)).toEqual({ allowed: false, reason: "undeliverable" });
      // Posted 20 days ago: the wait starts on the third day after the mailing (64.2008(d)(1)(ii)), so 30 days from day 17.
      const posted: CpniNoticeFact = { method: "post", sentAt: daysBefore(20), undeliverable: false };
      expect(decideCpniUse(facts({ notices: [returned, posted] }), "communications-marketing", now)).toEqual({
        allowed: false,
        reason: "waiting",
        approvalFrom: daysBefore(-13),
      });
      expect(decideCpniUse(facts({ notices: [returned, { ...posted, sentAt: daysBefore(33) }] }), "communications-marketing", now)).toEqual({ allowed: true, basis: "opt-out-approval" });
      expect(decideCpniUse(facts({ notices: [returned, { ...posted, sentAt: daysBefore(32) }] }), "communications-marketing", now)).toMatchObject({ allowed: false, reason: "waiting" });
    });

    it("does not count an email still waiting in the outbox: the wait runs from its delivery", () => {
      const waiting: CpniNoticeFact = { method: "email", sentAt: null, undeliverable: false };
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
});
