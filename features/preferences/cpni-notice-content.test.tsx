import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { cpniNotice } from "@/content/choices";
import { site } from "@/content/site";
import { loadPolicyVersions } from "@/features/policy/load-policy-versions";
import { dayIn, startOfDayIn } from "@/lib/dates";
import { CPNI_POSTED_NOTICE_DAYS_IN_MAIL, CPNI_WAITING_DAYS, type CpniFacts, decideCpniUse } from "./cpni-approval";
import type { CpniNoticeRecord } from "./cpni";
import { cpniNoticeEmail } from "./cpni-notice-email";
import { describeCpniStanding } from "./cpni-standing";
import { CpniNoticeSection } from "./components/cpni-notice-section";

/**
 * The CPNI notice shown on "Your choices" and emailed says what 47 CFR
 * 64.2008(c) requires, and what the policy's own notice (2027-01-15, #cpni)
 * says; and its dates are days in the company's time zone (decision 0015).
 */

const EASTERN = "America/New_York";
const versions = loadPolicyVersions(path.join(process.cwd(), "content", "policy"));
const policy = versions.find((version) => version.id === "2027-01-15")!;
const cpniSection = policy.sections.find((section) => section.id === "cpni")!;
const policyNotice = cpniSection.blocks.map((block) => block.text).find((text) => text.startsWith("Notice of your CPNI rights."))!;
/** The whole section: what is not CPNI is said in its first paragraph, before the notice. */
const policySection = cpniSection.blocks.map((block) => block.text).join(" ");
const policyAddresses = policy.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "address");

const notice = cpniNotice.paragraphs.join(" ");
const person = { email: "pat@example.com", fullName: "Pat Example" };
const emailText = cpniNoticeEmail(person, new Date("2026-12-02T02:00:00Z"), "first", "https://privacy.example", EASTERN).text;
/** The notice as the choices page renders it, tags dropped and entities decoded. */
const pageText = renderToStaticMarkup(<CpniNoticeSection notices={[]} decision={{ allowed: false, reason: "no-notice" }} />)
  .replace(/<[^>]+>/g, " ")
  .replace(/&quot;/g, '"')
  .replace(/&#x27;/g, "'")
  .replace(/&amp;/g, "&")
  .replace(/\s+/g, " ");

/** Each element of 64.2008(c) that applies, as words both the notice and the policy's notice must carry. */
const elements: { rule: string; what: string; words: RegExp }[] = [
  { rule: "(c)(1)", what: "the right and the duty", words: /You have a right, and Phone\.com has a duty, under federal law, to protect the confidentiality of your (Customer Proprietary Network Information \()?CPNI/ },
  { rule: "(c)(2)", what: "the types of information that are CPNI", words: /quantity, technical configuration, type, destination, location and amount of your use of the communications services you buy from us/ },
  { rule: "(c)(2)", what: "what is not CPNI", words: /name, address and telephone number are not CPNI|telephone number, name and address are not CPNI/ },
  { rule: "(c)(2)", what: "who receives it", words: /Phone\.com, its Affiliates that provide communications-related services, and the agents that market our services on our behalf may use your CPNI/ },
  { rule: "(c)(2)", what: "for what", words: /to offer you communications-related services that you do not already buy from us/ },
  { rule: "(c)(2)", what: "no other marketing without a yes", words: /We will not use your CPNI, or let anyone else use it, for any other marketing unless you first say yes\./ },
  { rule: "(c)(2)", what: "the right to disapprove, deny or withdraw at any time", words: /You may disapprove of these uses, and deny or withdraw [^.]{0,40}, at any time/ },
  { rule: "(c)(3)", what: "the steps: the choices page", words: /“Your choices” page of our Privacy Center/ },
  { rule: "(c)(3)", what: "the steps: email", words: new RegExp(`email (our Privacy Administrator at |to )${site.privacyAdministrator.email.replace(".", "\\.")}`) },
  { rule: "(c)(3)", what: "the steps: post", words: /(write to Phone\.com, Attn: |by post to the )Privacy Administrator/ },
  { rule: "(c)(3)", what: "denial will not affect any service", words: /Denying or withdrawing approval will not affect the provision of any services to which you subscribe/ },
  { rule: "64.2008(d)(1)", what: "when approval is assumed", words: new RegExp(`${CPNI_WAITING_DAYS} days after`) },
  { rule: "64.2008(d)(2)", what: "the notice renewed every two years", words: /again at least every two years/ },
  { rule: "(c)(9)", what: "approval or denial stands until changed", words: /Your approval, or your denial of approval, stays in effect until you change it\./ },
];

describe("the CPNI notice (47 CFR 64.2008(c)) and the policy's notice", () => {
  it("the policy's #cpni section holds its notice of CPNI rights", () => {
    expect(policyNotice).toBeDefined();
  });

  for (const element of elements) {
    it(`both state ${element.rule}: ${element.what}`, () => {
      expect(notice, "the notice (content/choices.ts)").toMatch(element.words);
      expect(element.what === "what is not CPNI" ? policySection : policyNotice, "the policy, #cpni").toMatch(element.words);
    });
  }

  it("gives the same postal address as the policy, in full", () => {
    for (const line of site.privacyAdministrator.postalAddress) {
      expect(notice).toContain(line);
      expect(policyAddresses.some((block) => block.text.includes(line)), `the policy's address holds "${line}"`).toBe(true);
    }
    // The policy's notice sends the reader to "the address above": the Privacy Administrator's.
    expect(policyNotice).toContain("by post to the Privacy Administrator at the address above");
    expect(policyAddresses.some((block) => block.text.includes(site.privacyAdministrator.attention))).toBe(true);
  });

  it("says no encouragement to freeze third-party access (c)(8), and names no entity the policy does not", () => {
    expect(notice).not.toMatch(/freeze/i);
    // The Affiliates are not named in the policy; the notice must not name any either (decision 0016).
    expect(notice.match(/\b[A-Z][\w.]*(?: [A-Z][\w.]*)* (?:Inc|LLC|Corp|Ltd)\b/g)).toBeNull();
  });

  it("is carried whole by the email and by the choices page", () => {
    for (const paragraph of cpniNotice.paragraphs) {
      expect(emailText).toContain(paragraph);
      expect(pageText).toContain(paragraph);
    }
    expect(pageText).toContain(cpniNotice.title);
  });
});

const DAY_MS = 24 * 60 * 60 * 1000;

function factsWith(notice: CpniFacts["notices"][number], approvals: CpniFacts["emailNoticeApprovals"] = []): CpniFacts {
  return { held: false, communicationsOffers: { value: true, explicit: false }, otherUses: { value: false, explicit: false }, notices: [notice], emailNoticeApprovals: approvals };
}

describe("when the notice says approval is assumed, and what the approval rule does", () => {
  it("a posted notice: 30 days counted from the third day after the mailing, as the words say", () => {
    expect(notice).toContain(`counted from the day we email it to you, or from the third day after we post it to you`);
    expect(CPNI_POSTED_NOTICE_DAYS_IN_MAIL).toBe(3);
    const postedOn = "2027-05-03";
    const mailed = startOfDayIn(EASTERN, postedOn);
    const facts = factsWith({ method: "post", sentAt: mailed, undeliverable: false, recordedAt: mailed });
    const firstDay = "2027-06-05"; // May 3 + 3 days = May 6; + 30 days = June 5.
    const dayBefore = decideCpniUse(facts, "communications-marketing", startOfDayIn(EASTERN, "2027-06-04"));
    expect(dayBefore).toMatchObject({ allowed: false, reason: "waiting" });
    expect(decideCpniUse(facts, "communications-marketing", startOfDayIn(EASTERN, firstDay))).toEqual({ allowed: true, basis: "opt-out-approval" });
    expect(describeCpniStanding(dayBefore, [{ sentAt: mailed.toISOString(), method: "post" }], EASTERN)).toBe(
      "We posted this notice to you on May 3, 2027. We do not use your CPNI for offers before June 5, 2027, and not at all if you say no before or after.",
    );
  });

  it("an emailed notice: 30 days counted from the day it is sent", () => {
    const sent = new Date("2027-05-03T14:00:00Z");
    const facts = factsWith({ method: "email", sentAt: sent, undeliverable: false, recordedAt: sent }, [{ value: true, at: new Date("2027-01-01T00:00:00Z") }]);
    expect(decideCpniUse(facts, "communications-marketing", new Date(sent.getTime() + 30 * DAY_MS - 1))).toMatchObject({ allowed: false, reason: "waiting" });
    expect(decideCpniUse(facts, "communications-marketing", new Date(sent.getTime() + 30 * DAY_MS))).toEqual({ allowed: true, basis: "opt-out-approval" });
  });
});

describe("the CPNI notice's days are days in the company's time zone", () => {
  // 9 pm Eastern on December 1 is 2 am UTC on December 2.
  const ninePmEastern = new Date("2026-12-02T02:00:00Z");

  it("an email sent at 9 pm Eastern says it was sent that Eastern day, and names the Eastern day 30 days on", () => {
    expect(dayIn("UTC", ninePmEastern)).toBe("2026-12-02");
    expect(emailText).toContain("This notice was sent on December 1, 2026.");
    expect(emailText).toContain("not before December 31, 2026.");
    expect(emailText).not.toContain("December 2, 2026");
  });

  it("the choices page dates that notice on the Eastern day, in where the customer stands and in the list of notices", () => {
    const record: CpniNoticeRecord = {
      id: 1,
      sentAt: ninePmEastern.toISOString(),
      toAddress: person.email,
      kind: "first",
      noticeVersion: cpniNotice.version,
      method: "email",
      deliveredAt: ninePmEastern.toISOString(),
      returnedAt: null,
      refused: false,
    };
    const decision = { allowed: false as const, reason: "waiting" as const, approvalFrom: new Date(ninePmEastern.getTime() + 30 * DAY_MS) };
    const html = renderToStaticMarkup(<CpniNoticeSection notices={[record]} decision={decision} />);
    expect(html).toContain("We emailed this notice to you on December 1, 2026. We do not use your CPNI for offers before December 31, 2026");
    expect(html).toContain("Notices we sent you: December 1, 2026 (by email).");
    expect(html).not.toContain("December 2, 2026");
  });
});
