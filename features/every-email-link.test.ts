import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  confirmNewEmailAddressEmail,
  emailChangedNoticeToNewAddress,
  emailChangedNoticeToOldAddress,
  emailChangeRequestedNotice,
  newEmailAddressInUseEmail,
  passwordChangedEmail,
  passwordResetEmail,
} from "@/features/account-security/security-emails";
import { recordedRequestAcknowledgement } from "@/features/admin/intake-service";
import { buildCaliforniaAcknowledgement } from "@/features/california-requests/california-request-email";
import { customerRequestAcknowledgement } from "@/features/customer-requests/service";
import { buildMinorReportAcknowledgement } from "@/features/minors/minor-report-email";
import { policyNoticeEmail } from "@/features/policy-notices/policy-notice-email";
import { getPolicyHistory } from "@/features/policy";
import { cpniNoticeEmail } from "@/features/preferences/cpni-notice-email";
import { requestLinks } from "@/features/requests/status-link";
import { receivedRequestSummary } from "@/features/requests/testing/received-request-summary";
import { accessCompletedLetter, composeEmailText } from "@/features/requests/workflow/request-emails";
import { withPromotionalFooter } from "@/features/unsubscribe/promotional-email";
import { findAddresses } from "@/lib/email-text";

vi.hoisted(() => {
  // The secret that signs status links (env.ts asks for it on import).
  process.env.PRIVACY_CENTER_MODE = "demo";
});

const SITE = "https://privacy.example.com";
const NOW = new Date("2026-11-30T15:00:00Z");
const request = receivedRequestSummary("access", "PR-AB23-CD45");
const person = { email: "alex@example.com", fullName: "Alex Rivera" };

/** Every email the center sends, written with sample details. */
function everyEmailText(): Array<[string, string]> {
  const { entries } = getPolicyHistory(NOW);
  const newest = entries.at(-1)!;
  const previous = entries.at(-2)!;
  const statusUrl = requestLinks(SITE).statusUrl(request.reference);
  const letterRequest = { reference: request.reference, type: "access" as const, requesterName: "Alex Rivera", requestedByCustomerId: "c1" };
  return [
    ["password reset", passwordResetEmail(person.email, `${SITE}/reset-password?token=abc`).text],
    ["password changed", passwordChangedEmail(person.email, NOW, SITE).text],
    ["email changed (old address)", emailChangedNoticeToOldAddress(person.email, NOW, SITE).text],
    ["email changed (new address)", emailChangedNoticeToNewAddress(person.email, NOW, SITE).text],
    ["confirm a new address", confirmNewEmailAddressEmail(person.email, `${SITE}/account/security/confirm-email?token=abc`).text],
    ["new address in use", newEmailAddressInUseEmail(person.email, NOW, SITE).text],
    ["email change asked for", emailChangeRequestedNotice(person.email, NOW, SITE).text],
    ["policy notice", policyNoticeEmail(person, { version: newest.version, previous: previous.version, inForce: false }, SITE).text],
    ["CPNI notice", cpniNoticeEmail(person, NOW, "first", SITE).text],
    ["customer's request acknowledged", customerRequestAcknowledgement("access", request, SITE)],
    ["recorded request acknowledged", recordedRequestAcknowledgement({ channel: "post", type: "access", receivedOn: "2026-11-27" } as Parameters<typeof recordedRequestAcknowledgement>[0], request, statusUrl)],
    ["minor's report acknowledged", buildMinorReportAcknowledgement(person.email, request, statusUrl).text],
    ["California request acknowledged", buildCaliforniaAcknowledgement(person.email, "email", request, statusUrl).text],
    ["copy ready", composeEmailText(letterRequest, accessCompletedLetter(letterRequest, "Here it is.", `${SITE}/account/requests/${request.reference}`))],
    ["promotional footer", withPromotionalFooter("An offer.", "promotional-email", "tok.promotional-email.sig", { siteUrl: SITE, unsubscribeSecret: "s" } as Parameters<typeof withPromotionalFooter>[3])],
  ];
}

/** The center's pages and routes, as patterns of the paths they answer (from the app/ folder: groups dropped, [params] as one segment). */
function appRoutePatterns(): RegExp[] {
  const patterns: RegExp[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const segment = /^\(.*\)$/.test(entry.name) ? null : entry.name;
        walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments);
      } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        const source = segments.map((segment) => (/^\[\.\.\..+\]$/.test(segment) ? ".+" : /^\[.+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.]/g, "\\.")));
        patterns.push(new RegExp(`^/${source.join("/")}$`));
      }
    }
  };
  walk(path.resolve("app"), []);
  return patterns;
}

describe("every link in every email", () => {
  const emails = everyEmailText();
  const routes = appRoutePatterns();

  it("has links to check", () => {
    expect(emails.every(([, text]) => findAddresses(text).length > 0)).toBe(true);
  });

  it.each(emails)("%s: each address stands alone on its line, so no punctuation becomes part of it", (_name, text) => {
    for (const address of findAddresses(text)) {
      const line = text.split("\n").find((each) => each.includes(address))!;
      expect(line.trim(), `the line holding ${address}`).toBe(address);
    }
  });

  it.each(emails)("%s: each address is one of the center's pages", (_name, text) => {
    for (const address of findAddresses(text)) {
      const url = new URL(address);
      expect(url.origin).toBe(SITE);
      expect(
        routes.some((route) => route.test(url.pathname)),
        `${url.pathname} answers`,
      ).toBe(true);
    }
  });
});
