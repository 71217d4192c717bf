import "server-only";
import type { Transaction } from "kysely";
import type { Database } from "@/server/db/schema";
import { digitsOf } from "@/server/db/sql-digits";
import { BILLING_RECORD_RETENTION_MONTHS } from "@/lib/requests/deletion-scope";
import { phoneDigitVariants } from "@/lib/requests/phone-digits";
import type { MinorReportDetails } from "@/lib/requests/request-details";
import { billingRecordCutoff } from "./erase-customer-data";
import { callRecordsWithPhone, countOf, type MatchedAccount, type MinorReportFindings } from "./minor-report-findings";

/**
 * The erasure of what a minor's report found, as the Privacy Administrator
 * chooses (decision 0012). The policy: "If we learn that we have collected
 * personal information from a minor, we will delete such information"; COPPA
 * (16 CFR 312.10) allows keeping a child's information only as long as
 * reasonably necessary. Two scopes:
 *
 * - the whole account: its sign-in is closed and everything it holds is erased,
 *   except what a rule makes us keep (below);
 * - only the records that hold the reported email, phone number or account
 *   number, in every account (the child used an adult's account).
 *
 * Kept, with the reason shown before and said after: call records and billing
 * periods of the last 18 months, with the name, address and phone number they
 * need (47 CFR 42.6: "the name, address, and telephone number of the caller,
 * telephone number called, date, time and length of the call", for 18 months);
 * records of CPNI approvals (47 CFR 64.2007(a)(3): at least one year); the report
 * itself and the audit log, the proof that the report was acted on.
 */


/** The whole of one or more matched accounts, or only the records holding the reported details. */
export type MinorErasureChoice = { scope: "account"; customerIds: string[] } | { scope: "identifiers" };

export const MINOR_ACCOUNT_ERASURE = {
  erased: [
    "The sign-in: the email address is replaced and the password removed, so the account can no longer be used; its sessions end",
    "Stored communications: voicemail, call recordings, messages and faxes",
    "Cookies and device identifiers",
    "Every Sensitive Personal Information item, the account number included",
    "The services on the account",
    "The date of birth",
    `Call records and billing periods older than ${BILLING_RECORD_RETENTION_MONTHS} months`,
    "Emails addressed to the account, and pending email address changes",
    "The name, postal address and phone number, when no call record or billing period has to be kept",
  ],
  kept: [
    {
      what: `Call records and billing periods of the last ${BILLING_RECORD_RETENTION_MONTHS} months, with the name, address and phone number they need`,
      why: `The FCC requires a carrier to keep toll records with the caller's name, address and number for ${BILLING_RECORD_RETENTION_MONTHS} months (47 CFR 42.6).`,
    },
    { what: "Records of the account's CPNI choices", why: "The FCC requires records of CPNI approvals to be kept for at least one year (47 CFR 64.2007(a)(3))." },
    {
      what: "This report, its timeline and the audit log",
      why: "They prove the report was acted on. The child's details in the report are removed when its retention period ends (decision 0012).",
    },
  ],
} as const;

const erasedEmailFor = (customerId: string) => `erased-${customerId}@erased.invalid`;

export interface MinorErasureOutcome {
  /** What was done, in sentences the reporter reads; never a name, address or number. */
  done: string[];
  /** What stays, each with its reason. */
  kept: string[];
  /** For the audit log: numbers and kinds only. */
  counts: Record<string, number | string>;
}

async function deleted(query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }): Promise<number> {
  return Number((await query.executeTakeFirst()).numDeletedRows);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Closes an account's sign-in: a placeholder address nobody can own, no password, no sessions or links. */
async function closeSignIn(trx: Transaction<Database>, customerId: string, now: Date): Promise<void> {
  await trx
    .updateTable("accounts")
    .set({ email: erasedEmailFor(customerId), passwordHash: "!erased", disabledAt: now.toISOString(), passwordChangedAt: now.toISOString() })
    .where("id", "=", customerId)
    .execute();
  await trx.deleteFrom("sessions").where("accountId", "=", customerId).execute();
  await trx.deleteFrom("passwordResetTokens").where("accountId", "=", customerId).execute();
  await trx.deleteFrom("emailChangeRequests").where("accountId", "=", customerId).execute();
}

interface AccountErasureCounts {
  communications: number;
  identifiers: number;
  sensitive: number;
  services: number;
  calls: number;
  periods: number;
  mail: number;
  keptCalls: number;
  keptPeriods: number;
  /** 1 when the name, address and phone number were deleted (no toll record to keep), else 0. */
  namesDeleted: number;
}

/** One whole account, in the caller's transaction: everything but what a rule makes us keep. */
async function eraseWholeAccount(trx: Transaction<Database>, customerId: string, now: Date): Promise<AccountErasureCounts> {
  const account = await trx.selectFrom("accounts").select("email").where("id", "=", customerId).executeTakeFirstOrThrow();
  const cutoff = billingRecordCutoff(now);
  const mail = await deleted(trx.deleteFrom("emailOutbox").where("toAddress", "=", account.email));
  await closeSignIn(trx, customerId, now);
  const communications = await deleted(trx.deleteFrom("storedCommunications").where("customerId", "=", customerId));
  const identifiers = await deleted(trx.deleteFrom("deviceIdentifiers").where("customerId", "=", customerId));
  const sensitive = await deleted(trx.deleteFrom("sensitiveItems").where("customerId", "=", customerId));
  const services = await deleted(trx.deleteFrom("cpniServices").where("customerId", "=", customerId));
  const calls = await deleted(trx.deleteFrom("callRecords").where("customerId", "=", customerId).where("startedAt", "<", cutoff.toISOString()));
  const periods = await deleted(trx.deleteFrom("cpniBillingPeriods").where("customerId", "=", customerId).where("period", "<", cutoff.toISOString().slice(0, 7)));
  await trx.deleteFrom("mailRecipients").where("customerId", "=", customerId).execute();
  await trx.deleteFrom("policyNotices").where("customerId", "=", customerId).execute();
  await trx.deleteFrom("policyViews").where("customerId", "=", customerId).execute();
  const keptCalls = await countOf(trx.selectFrom("callRecords").select((eb) => eb.fn.countAll().as("n")).where("customerId", "=", customerId));
  const keptPeriods = await countOf(trx.selectFrom("cpniBillingPeriods").select((eb) => eb.fn.countAll().as("n")).where("customerId", "=", customerId));
  const tollRecordsKept = keptCalls + keptPeriods > 0;
  await trx
    .updateTable("customers")
    .set({
      dateOfBirth: "",
      // 47 CFR 42.6 needs the caller's name, address and number only while there are toll records to keep.
      ...(tollRecordsKept ? {} : { fullName: "Erased", streetAddress: "", city: "", state: "", postalCode: "", phone: "" }),
      updatedAt: now.toISOString(),
    })
    .where("accountId", "=", customerId)
    .execute();
  return { communications, identifiers, sensitive, services, calls, periods, mail, keptCalls, keptPeriods, namesDeleted: tollRecordsKept ? 0 : 1 };
}

function sumCounts(all: AccountErasureCounts[]): AccountErasureCounts {
  const total = { communications: 0, identifiers: 0, sensitive: 0, services: 0, calls: 0, periods: 0, mail: 0, keptCalls: 0, keptPeriods: 0, namesDeleted: 0 };
  for (const counts of all) for (const key of Object.keys(total) as (keyof AccountErasureCounts)[]) total[key] += counts[key];
  return total;
}

/**
 * Every chosen account as a whole, in the caller's transaction (one or every
 * matched account: the child may have used more than one, and a parent may
 * "direct the operator to delete the child's personal information", all of
 * it: 16 CFR 312.6(a)(2), eCFR text). What the reporter reads is the total,
 * in counts and kinds, naming no account.
 */
async function eraseWholeAccounts(trx: Transaction<Database>, customerIds: string[], now: Date): Promise<MinorErasureOutcome> {
  const perAccount: AccountErasureCounts[] = [];
  for (const customerId of customerIds) perAccount.push(await eraseWholeAccount(trx, customerId, now));
  const { communications, identifiers, sensitive, services, calls, periods, mail, keptCalls, keptPeriods, namesDeleted } = sumCounts(perAccount);
  const accounts = customerIds.length;
  const one = accounts === 1;
  const done = [
    one
      ? "We closed the account the child's details belong to: it can no longer be signed in to."
      : `We closed the ${accounts} accounts the child's details belong to: they can no longer be signed in to.`,
    `We deleted ${plural(communications, "stored communication", "stored communications")}, ${plural(identifiers, "cookie or device identifier", "cookies and device identifiers")}, ${plural(sensitive, "sensitive information item", "sensitive information items")} and ${plural(services, "service", "services")} on ${one ? "it, and its date of birth" : "them, and their dates of birth"}.`,
    `We deleted ${plural(calls, "call record", "call records")} and ${plural(periods, "billing period", "billing periods")} older than ${BILLING_RECORD_RETENTION_MONTHS} months, and ${plural(mail, "email", "emails")} addressed to ${one ? "the account" : "them"}.`,
    namesDeleted === 0 ? "" : one ? "We deleted the name, postal address and phone number on the account." : `We deleted the name, postal address and phone number on ${namesDeleted === accounts ? "each of them" : `${namesDeleted} of them`}.`,
  ].filter(Boolean);
  const kept = [
    ...(keptCalls + keptPeriods > 0
      ? [`${plural(keptCalls, "call record", "call records")} and ${plural(keptPeriods, "billing period", "billing periods")} from the last ${BILLING_RECORD_RETENTION_MONTHS} months, with the name, address and phone number they need. ${MINOR_ACCOUNT_ERASURE.kept[0].why} They are deleted when that period ends.`]
      : []),
    `${MINOR_ACCOUNT_ERASURE.kept[1].what}. ${MINOR_ACCOUNT_ERASURE.kept[1].why}`,
    `${MINOR_ACCOUNT_ERASURE.kept[2].what}. ${MINOR_ACCOUNT_ERASURE.kept[2].why}`,
  ];
  return {
    done,
    kept,
    counts: {
      erasure: "account",
      erasedAccounts: accounts,
      erasedAccountIds: customerIds.join(", "),
      deletedStoredCommunications: communications,
      deletedDeviceIdentifiers: identifiers,
      deletedSensitiveItems: sensitive,
      deletedServices: services,
      deletedCallRecords: calls,
      deletedBillingPeriods: periods,
      deletedEmails: mail,
      keptCallRecords: keptCalls,
      keptBillingPeriods: keptPeriods,
    },
  };
}

/** Only the records that hold what the reporter gave, in every account the report matched and beyond. */
async function eraseReportedIdentifiers(trx: Transaction<Database>, accounts: MatchedAccount[], details: MinorReportDetails, now: Date): Promise<MinorErasureOutcome> {
  const { childEmail, childPhone } = details;
  const cutoff = billingRecordCutoff(now).toISOString();
  let signIns = 0;
  let accountNumbers = 0;
  let phones = 0;
  let calls = 0;
  let keptCalls = 0;
  let mail = 0;
  let emailChanges = 0;
  for (const account of accounts) {
    if (childEmail && account.email === childEmail.toLowerCase()) {
      // The child's address was the sign-in: without it the account cannot be signed in to, so it is closed.
      await closeSignIn(trx, account.customerId, now);
      signIns++;
    }
    if (account.matchedBy.includes("account number")) {
      accountNumbers += await deleted(trx.deleteFrom("sensitiveItems").where("customerId", "=", account.customerId).where("kind", "=", "account_number"));
    }
  }
  if (childEmail) {
    mail = await deleted(trx.deleteFrom("emailOutbox").where("toAddress", "=", childEmail));
    emailChanges = await deleted(trx.deleteFrom("emailChangeRequests").where("newEmail", "=", childEmail.toLowerCase()));
  }
  if (childPhone) {
    const digits = phoneDigitVariants(childPhone);
    const result = await trx
      .updateTable("customers")
      .set({ phone: "", updatedAt: now.toISOString() })
      .where((eb) => eb(digitsOf(eb.ref("customers.phone")), "in", digits))
      .executeTakeFirst();
    phones = Number(result.numUpdatedRows);
    calls = await deleted(trx.deleteFrom("callRecords").where((eb) => eb(digitsOf(eb.ref("callRecords.otherParty")), "in", digits)).where("startedAt", "<", cutoff));
    keptCalls = await countOf(callRecordsWithPhone(trx, childPhone).select((eb) => eb.fn.countAll().as("n")));
  }
  const done = [
    signIns ? `We closed ${plural(signIns, "account", "accounts")} whose sign-in was the email address you gave: ${signIns === 1 ? "it" : "they"} can no longer be signed in to.` : "",
    mail || emailChanges ? `We deleted ${plural(mail, "email", "emails")} and ${plural(emailChanges, "pending change", "pending changes")} of address to the email address you gave.` : "",
    phones ? `We removed the phone number you gave from ${plural(phones, "customer record", "customer records")}.` : "",
    calls ? `We deleted ${plural(calls, "call record", "call records")} with that phone number older than ${BILLING_RECORD_RETENTION_MONTHS} months.` : "",
    accountNumbers ? `We deleted the account number you gave from our records.` : "",
  ].filter(Boolean);
  if (done.length === 0) done.push("We found no record holding the details you gave us, so there was nothing to delete.");
  const kept = [
    ...(keptCalls
      ? [`${plural(keptCalls, "call record", "call records")} with that phone number from the last ${BILLING_RECORD_RETENTION_MONTHS} months. ${MINOR_ACCOUNT_ERASURE.kept[0].why} They are deleted when that period ends.`]
      : []),
    `${MINOR_ACCOUNT_ERASURE.kept[2].what}. ${MINOR_ACCOUNT_ERASURE.kept[2].why}`,
  ];
  return {
    done,
    kept,
    counts: { erasure: "identifiers", closedSignIns: signIns, deletedAccountNumbers: accountNumbers, removedPhones: phones, deletedCallRecords: calls, keptCallRecords: keptCalls, deletedEmails: mail, deletedEmailChanges: emailChanges },
  };
}

/** Carries out the administrator's choice in the caller's transaction; the caller checked the choice against the findings. */
export function eraseForMinorReport(
  trx: Transaction<Database>,
  choice: MinorErasureChoice,
  findings: MinorReportFindings,
  details: MinorReportDetails,
  now: Date,
): Promise<MinorErasureOutcome> {
  return choice.scope === "account" ? eraseWholeAccounts(trx, choice.customerIds, now) : eraseReportedIdentifiers(trx, findings.accounts, details, now);
}

/** Ends the report's hold, once: "erased" or "mistaken". False when it had already ended. */
export async function endMinorReportHold(trx: Transaction<Database>, requestId: string, because: "erased" | "mistaken", now: Date): Promise<boolean> {
  const existing = await trx.selectFrom("minorReportOutcomes").selectAll().where("requestId", "=", requestId).executeTakeFirst();
  if (existing?.holdEndedAt) return false;
  if (existing) {
    await trx.updateTable("minorReportOutcomes").set({ holdEndedAt: now.toISOString(), holdEndedBecause: because }).where("requestId", "=", requestId).execute();
  } else {
    await trx.insertInto("minorReportOutcomes").values({ requestId, holdEndedAt: now.toISOString(), holdEndedBecause: because, identifiersRemovedAt: null }).execute();
  }
  return true;
}
