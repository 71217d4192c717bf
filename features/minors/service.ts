import "server-only";
import type { Kysely, Transaction } from "kysely";
import { maskSensitiveValue, selectClearTail } from "@/lib/sensitive-masking";
import type { CustomerMatch, PublicRequestPlan, RequestLinks } from "@/features/requests";
import type { Database } from "@/server/db/schema";
import { buildMinorReportAcknowledgement } from "./minor-report-email";
import { findCustomersByEmail, findCustomersByPhoneDigits, hasMinorReportHold, listAccountNumbersEndingWith, recordMatches } from "./repository";
import type { MinorReport } from "./schemas";
import { phoneDigitVariants } from "@/lib/requests/phone-digits";

/** Opens a sealed Sensitive Personal Information value (server/crypto/sensitive-cipher.ts). */
export type OpenSensitive = (keyId: string, ciphertext: string) => string;

/**
 * Whether a minor's report holds every use of this customer's data beyond
 * providing the service: promotional email, sharing with Advertisers, CPNI
 * marketing and advertising cookies. Held from the moment the report is
 * received (for every account it matched) until the matched data is erased or
 * the Privacy Administrator records, with a reason, that the report was
 * mistaken. Denying the reporter does not lift it. Ask it before any such use.
 */
export async function isHeldByMinorReport(db: Kysely<Database> | Transaction<Database>, customerId: string): Promise<boolean> {
  return hasMinorReportHold(db, customerId);
}

/** The name the unsubscribe flow has always asked; the same hold (isHeldByMinorReport). */
export const isMarketingHeld = isHeldByMinorReport;

type MatchedBy = "email address" | "phone number" | "account number";

const comparableAccountNumber = (value: string) => value.replace(/[^A-Za-z0-9]/g, "").toUpperCase();

/**
 * The customers the child's email, phone number or account number belong to.
 * Account numbers are sealed with a random IV, so no query can compare them:
 * the clear last four narrow the candidates and each candidate is opened and
 * compared in full, so a match is exact. Nothing opened leaves this function.
 */
export async function matchReportedChild(trx: Transaction<Database>, report: MinorReport, openSensitive: OpenSensitive, now = new Date()): Promise<CustomerMatch> {
  const matches = new Map<string, Set<MatchedBy>>();
  const add = (customerIds: string[], by: MatchedBy) => {
    for (const id of customerIds) matches.set(id, (matches.get(id) ?? new Set()).add(by));
  };
  const notes: string[] = [];

  if (report.childEmail) add(await findCustomersByEmail(trx, report.childEmail), "email address");
  if (report.childPhone) add(await findCustomersByPhoneDigits(trx, phoneDigitVariants(report.childPhone)), "phone number");
  if (report.childAccountNumber) {
    const wanted = comparableAccountNumber(report.childAccountNumber);
    const tail = selectClearTail("account_number", wanted);
    if (tail) {
      const candidates = await listAccountNumbersEndingWith(trx, tail);
      add(candidates.filter((candidate) => opensTo(openSensitive, candidate.keyId, candidate.ciphertext, wanted)).map((c) => c.customerId), "account number");
    } else {
      notes.push("The account number given is too short to match automatically; look it up by hand.");
    }
  }

  const describe = ([id, by]: [string, Set<MatchedBy>]) => `${id} (by ${[...by].join(" and ")})`;
  const found = [...matches.entries()];
  let customerId: string | null = null;
  if (found.length === 0) {
    notes.push("No customer account matched the details the child used.");
  } else if (found.length === 1) {
    customerId = found[0]![0];
    notes.push(`Matched customer account ${describe(found[0]!)}. Every use of this account's data beyond the service (marketing, sharing, CPNI, advertising cookies) is held until its data is erased or the report is recorded as mistaken.`);
  } else {
    notes.push(
      `The details the child used match ${found.length} customer accounts: ${found.map(describe).join("; ")}. None was linked; decide which one this report concerns. All of them are held until then.`,
    );
  }
  // The hold starts now, for every account matched (minor_report_matches, keyed by the report's idempotency key).
  await recordMatches(
    trx,
    report.idempotencyKey,
    found.map(([customerId, by]) => ({ customerId, matchedBy: [...by].join(", ") })),
    now,
  );
  return {
    customerId,
    notes,
    auditDetails: {
      matchedCustomers: found.length,
      matchedBy: [...new Set(found.flatMap(([, by]) => [...by]))].join(", ") || null,
    },
  };
}

function opensTo(openSensitive: OpenSensitive, keyId: string, ciphertext: string, wanted: string): boolean {
  try {
    return comparableAccountNumber(openSensitive(keyId, ciphertext)) === wanted;
  } catch {
    // A value sealed with a retired key cannot be compared; it is simply not a match, and the report is still taken.
    return false;
  }
}

/** The minor's report as a public request: urgent, matched to any customer, acknowledged by email when an address was given. */
export function planMinorReport(report: MinorReport, openSensitive: OpenSensitive, links: RequestLinks, now = new Date()): PublicRequestPlan {
  return {
    draft: {
      type: "minor_report",
      idempotencyKey: report.idempotencyKey,
      requesterName: report.reporterName,
      requesterEmail: report.reporterEmail,
      requesterPostal: null,
      details: {
        reporterPhone: report.reporterPhone,
        relation: report.relation,
        childAge: report.childAge,
        childEmail: report.childEmail,
        childPhone: report.childPhone,
        // Sensitive Personal Information: it is matched in full above and kept only masked, like every account number.
        childAccountNumber: report.childAccountNumber ? maskSensitiveValue("account_number", selectClearTail("account_number", report.childAccountNumber)).masked : null,
        disclosed: report.disclosed,
        anythingElse: report.anythingElse,
      },
      urgent: true,
      receivedMessage: "We received your report about a child's personal information.",
    },
    auditAction: "receive_minor_report",
    matchCustomer: (trx) => matchReportedChild(trx, report, openSensitive, now),
    acknowledgement: (request) => (report.reporterEmail ? buildMinorReportAcknowledgement(report.reporterEmail, request, links.statusUrl(request.reference)) : null),
  };
}
