import "server-only";
import type { Kysely } from "kysely";
import { choices } from "@/content/choices";
import { type DataCategory, type DataCategoryId, statementText } from "@/content/data-categories";
import { listCurrentChoices } from "@/features/preferences";
import type { CustomerInventory } from "@/lib/inventory-types";
import { maskPhoneNumber } from "@/lib/sensitive-masking";
import { inChunks, keysetBatches, serializeJson, type StreamedArray } from "@/lib/streaming-json";
import type { Database } from "@/server/db/schema";
import * as repository from "./repository";
import { readCustomerInventory } from "./service";

/**
 * The copy of everything the center holds about a customer: the download on
 * "Your information" (a self-service portal's portable copy that must "fully
 * disclose", CCPA regulations 11 CCR §7024(g)) and the answer to an access
 * request (§7024(h): all the personal information collected and maintained,
 * beyond the last 12 months too). Every call record and billing period kept,
 * the choices with every change to them, the requests the customer made with
 * the timeline meant for them, and the notices sent. The dashboard shows only
 * the recent records; the copy holds them all. Call detail goes only to the
 * signed-in customer (47 CFR 64.2010(c): online access to CPNI by password).
 *
 * Written as a stream (docs/decisions/0014-a-complete-copy-streamed.md): the
 * long lists are read page by page, each page when the writer reaches it, so
 * years of records never sit in memory whole. Sensitive Personal Information
 * stays masked, as on the dashboard (§7024(d): never an SSN, ID or account
 * number in full, only that it is held); the other party of a call shows its
 * last four digits only.
 */

/** /2: every record (not the recent ones), and the choices, requests and notices. */
export const DATA_EXPORT_FORMAT = "phone.com-privacy-data/2";

/** Rows read per query. Each list holds at most one page in memory. */
export const EXPORT_PAGE_SIZE = 500;

/** Characters per chunk handed to the response or to the sealed store. */
export const EXPORT_CHUNK_CHARS = 64 * 1024;

export interface ExportContext {
  now: Date;
  siteUrl: string;
  policyVersion: string;
}

type Db = Kysely<Database>;

/** The parts of the copy that are long lists, each read only when the writer reaches it. */
export interface StreamedRecords {
  callRecords: StreamedArray<{ startedAt: string; direction: "inbound" | "outbound"; otherParty: string; durationSeconds: number }>;
  billingPeriods: StreamedArray<{ period: string; amountCents: number; minutesUsed: number; messagesSent: number }>;
  consentHistory: StreamedArray<unknown>;
  requests: StreamedArray<unknown>;
  emails: StreamedArray<unknown>;
}

export interface HeldOutsideCategories {
  currentChoices: { key: string; title: string; value: boolean; method: string; changedAt: string | null }[];
  policyNotices: { versionId: string; queuedAt: string }[];
  cpniNotices: { sentAt: string; toAddress: string; noticeVersion: string; kind: "first" | "renewal" }[];
  cpniUses: { usedAt: string; purpose: string; campaign: string; cpniUsed: string; offered: string }[];
  policyLastSeen: { versionId: string; seenAt: string } | null;
  mailLinkIdentifier: { createdAt: string; valueHint: string } | null;
}

/**
 * The document: the categories as "Your information" shows them (with every
 * record, not the recent ones), then the choices, the requests and the notices.
 */
export function buildDataExport(
  inventory: CustomerInventory,
  categories: readonly DataCategory[],
  held: HeldOutsideCategories,
  streamed: StreamedRecords,
  context: ExportContext,
) {
  // The dashboard's recent calls and periods give way to the whole lists.
  const { services, callRecordCount } = inventory.cpni;
  const records: Record<DataCategoryId, unknown> = {
    "personal-information": inventory.personal,
    "sensitive-personal-information": inventory.sensitive.map(({ kind, label, masked, addedAt }) => ({ kind, label, masked, addedAt })),
    cpni: { services, billingPeriods: streamed.billingPeriods, callRecordCount, callRecords: streamed.callRecords, usesForMarketing: held.cpniUses },
    "stored-communications": inventory.storedCommunications,
    "cookies-and-identifiers": { cookies: inventory.cookies, devices: inventory.devices, mailLinkIdentifier: held.mailLinkIdentifier },
  };
  const sectionUrl = (anchor: string) => `${context.siteUrl.replace(/\/+$/, "")}/privacy#${anchor}`;
  return {
    format: DATA_EXPORT_FORMAT,
    generatedAt: context.now.toISOString(),
    policyVersion: context.policyVersion,
    note:
      "Everything we hold about you. Sensitive Personal Information is masked: we never send it in full. The other party of a call shows its last four digits only. " +
      "Lists are oldest first. Times are in UTC.",
    categories: categories.map((category) => ({
      id: category.id,
      title: category.title,
      description: category.description,
      purposes: category.purposes.map(statementText),
      sharedWith: category.sharedWith.map(statementText),
      retention: category.retention,
      policySection: { title: category.policy.label, url: sectionUrl(category.policy.anchor) },
      relatedPolicySections: (category.relatedPolicy ?? []).map((reference) => ({ title: reference.label, url: sectionUrl(reference.anchor) })),
      records: records[category.id],
    })),
    choices: {
      current: held.currentChoices,
      history: streamed.consentHistory,
    },
    requests: streamed.requests,
    notices: {
      note: "Each message we queued to your email address: its subject and when it was queued and sent. The text is not repeated here, because some messages carry one-time links.",
      policyChangeNotices: held.policyNotices,
      cpniNotices: held.cpniNotices,
      policyLastSeenOnYourDashboard: held.policyLastSeen,
      emails: streamed.emails,
    },
  };
}

/**
 * Everything held about the customer, as a document whose long lists are read
 * page by page when written; null when the account has no customer record.
 * Pass the transaction when the copy must be one moment's data (an access
 * request's answer); the dashboard's download reads page by page without one,
 * so no lock is held while a slow download runs.
 */
export async function readDataExport(db: Db, customerId: string, categories: readonly DataCategory[], context: ExportContext, pageSize = EXPORT_PAGE_SIZE) {
  const [inventory, currentChoices, policyNotices, cpniNotices, cpniUses, policyView, mailRecipient] = await Promise.all([
    readCustomerInventory(db, customerId),
    listCurrentChoices(db, customerId),
    repository.listPolicyNotices(db, customerId),
    repository.listCpniNotices(db, customerId),
    repository.listCpniUses(db, customerId),
    repository.findPolicyView(db, customerId),
    repository.findMailRecipient(db, customerId),
  ]);
  if (!inventory) return null;
  const titles = new Map<string, string>(choices.map((choice) => [choice.key, choice.title]));
  const held: HeldOutsideCategories = {
    currentChoices: currentChoices.map(({ key, value, method, changedAt }) => ({ key, title: titles.get(key) ?? key, value, method, changedAt })),
    policyNotices,
    cpniNotices,
    cpniUses,
    policyLastSeen: policyView ?? null,
    // The identifier in unsubscribe links: named, not given, like a cookie's value.
    mailLinkIdentifier: mailRecipient ? { createdAt: mailRecipient.createdAt, valueHint: `••••${mailRecipient.recipientId.slice(-4)}` } : null,
  };
  return buildDataExport(inventory, categories, held, streamRecords(db, customerId, inventory.personal.email, pageSize), context);
}

/** The copy's JSON text in chunks of about EXPORT_CHUNK_CHARS; null when the account has no customer record. */
export async function streamDataExport(db: Db, customerId: string, categories: readonly DataCategory[], context: ExportContext, pageSize = EXPORT_PAGE_SIZE) {
  const document = await readDataExport(db, customerId, categories, context, pageSize);
  return document && inChunks(serializeJson(document), EXPORT_CHUNK_CHARS);
}

function streamRecords(db: Db, customerId: string, email: string, pageSize: number): StreamedRecords {
  return {
    callRecords: map(
      keysetBatches((after: repository.CallRecordCursor | null, limit: number) => repository.listCallRecordsAfter(db, customerId, after, limit), ({ startedAt, id }) => ({ startedAt, id }), pageSize),
      // Masked again here, whatever the import stored: the other party's full number is someone else's data.
      ({ startedAt, direction, otherParty, durationSeconds }) => ({ startedAt, direction, otherParty: maskPhoneNumber(otherParty), durationSeconds }),
    ),
    billingPeriods: map(
      keysetBatches((after: repository.BillingPeriodCursor | null, limit: number) => repository.listBillingPeriodsAfter(db, customerId, after, limit), ({ period, id }) => ({ period, id }), pageSize),
      ({ period, amountCents, minutesUsed, messagesSent }) => ({ period, amountCents, minutesUsed, messagesSent }),
    ),
    consentHistory: map(
      keysetBatches((after: number | null, limit: number) => repository.listConsentRecordsAfter(db, customerId, after, limit), (row) => row.id, pageSize),
      ({ choiceKey, oldValue, newValue, method, policyVersion, createdAt }) => ({
        choiceKey,
        oldValue: oldValue === null ? null : oldValue === 1,
        newValue: newValue === 1,
        method,
        policyVersion,
        createdAt,
      }),
    ),
    requests: mapAsync(
      keysetBatches((after: repository.RequestCursor | null, limit: number) => repository.listRequestsMadeAfter(db, customerId, after, limit), ({ receivedAt, id }) => ({ receivedAt, id }), pageSize),
      async ({ id, detailsJson, ...request }) => ({ ...request, details: parseDetails(detailsJson), timeline: await repository.listRequesterEvents(db, id) }),
    ),
    emails: map(
      keysetBatches((after: repository.EmailCursor | null, limit: number) => repository.listEmailsToAfter(db, email, after, limit), ({ createdAt, id }) => ({ createdAt, id }), pageSize),
      ({ subject, category, createdAt, sentAt }) => ({ subject, category, queuedAt: createdAt, sentAt }),
    ),
  };
}

/** What the customer wrote when they made the request, as stored. */
function parseDetails(detailsJson: string): unknown {
  try {
    return JSON.parse(detailsJson) as unknown;
  } catch {
    return {};
  }
}

async function* map<T, U>(rows: AsyncIterable<T>, convert: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield convert(row);
}

async function* mapAsync<T, U>(rows: AsyncIterable<T>, convert: (row: T) => Promise<U>): AsyncGenerator<U> {
  for await (const row of rows) yield await convert(row);
}

/** "phone-com-privacy-data-2026-11-28.json", dated in UTC like the rest of the file. */
export function dataExportFileName(now: Date): string {
  return `phone-com-privacy-data-${now.toISOString().slice(0, 10)}.json`;
}
