import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { requestLinks } from "@/features/requests/status-link";
import { receivedRequestSummary } from "@/features/requests/testing/received-request-summary";
import { expectNothingTheSenderChose } from "@/features/requests/testing/expect-nothing-the-sender-chose";
import { env } from "@/server/env";
import { minorReportSchema } from "./schemas";
import { planMinorReport } from "./service";

// The center's own address, and demo mode for the secret that signs the status link (env.ts reads both on import).
vi.hoisted(() => {
  process.env.PRIVACY_CENTER_MODE = "demo";
  process.env.SITE_URL = "https://privacy.center.example";
});

/** Everything a sender can type into the form, each a lure a phisher would use. */
const typed = {
  reporterName: "Your account is locked - verify at https://evil.example/login",
  reporterEmail: "victim@example.com",
  reporterPhone: "+1 900 555 0199",
  childEmail: "reset-now@evil.example",
  childPhone: "+1 900 555 0142",
  childAccountNumber: "LOCKED 90055501",
  disclosed: "Click www.evil.example/reset within 24 hours or lose your number",
  anythingElse: "Call +1 900 555 0100 to unlock your account: <a href=\"https://evil.example\">support</a>",
};

const summary = (reference: string) => receivedRequestSummary("minor_report", reference, { urgent: true });

describe("the acknowledgement of a minor's report", () => {
  it("says nothing the sender typed, not even their name, and links only to the center", () => {
    const report = minorReportSchema.parse({ idempotencyKey: randomUUID(), relation: "other", childAge: "12", ...typed });
    const plan = planMinorReport(report, () => "", requestLinks(env.SITE_URL));
    const email = plan.acknowledgement(summary("PR-7K4Q-9M2X"))!;

    expect(email.to).toBe(typed.reporterEmail);
    expect(email.text.startsWith("Hello,\n")).toBe(true);
    expectNothingTheSenderChose(email, [...Object.values(typed), "evil", "locked", "LOCKED", "900", "unlock", "Click"], env.SITE_URL);
    // What it does say: the reference, and the center's own link to follow the report.
    expect(email.text).toContain("PR-7K4Q-9M2X");
    expect(email.text).toContain(`${env.SITE_URL}/requests/PR-7K4Q-9M2X?key=`);
  });
});
