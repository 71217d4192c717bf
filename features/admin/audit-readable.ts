import "server-only";
import type { AuditEntry } from "@/server/audit/audit-log";
import { formatMoment } from "@/lib/dates";
import type { AccountName } from "./audit-repository";
import { type AuditDetail, type AuditDetailValue, describeAuditAction, describeAuditDetail } from "./audit-labels";

/** A person as an audit entry names them: a name, and what they are (role, and email when the name is not it). */
export interface AuditPerson {
  name: string;
  description: string;
}

/**
 * One audit entry as people read it: HIPAA asks for mechanisms that "record and examine activity"
 * (45 CFR 164.312(b)), and a log of codes and ids is hard to examine (decision 0017). The CSV export keeps the codes.
 */
export interface ReadableAuditEntry {
  sequence: number;
  occurredAt: string;
  when: string;
  who: AuditPerson;
  what: string;
  customer: AuditPerson | null;
  /** The request's reference, for a link to its page in the console. */
  requestReference: string | null;
  /** Any other subject, as written. */
  otherSubject: string | null;
  details: AuditDetail[];
}

const ROLE_NAMES: Record<AuditEntry["actorRole"], string> = {
  admin: "Privacy Administrator",
  customer: "Customer",
  public: "Without an account",
  system: "Automatic",
};

/** How an account that has since been deleted is named: in words, its id only as a labelled detail for staff to search by. */
export const DELETED_ACCOUNT = "A deleted account";

function describeAccount(account: AccountName | undefined, accountId: string, role: string): AuditPerson {
  // Accounts are never renamed away, only deleted (a deletion request, a minor's report): one missing from the names is deleted.
  if (!account) return { name: DELETED_ACCOUNT, description: `${role} · Account id: ${accountId}` };
  if (account.fullName) return { name: account.fullName, description: `${role} · ${account.email}` };
  return { name: account.email, description: role };
}

function describeActor(entry: AuditEntry, names: Map<string, AccountName>): AuditPerson {
  const role = ROLE_NAMES[entry.actorRole];
  if (entry.actorAccountId) return describeAccount(names.get(entry.actorAccountId), entry.actorAccountId, role);
  if (entry.actorRole === "system") return { name: "The privacy center", description: "Automatic, on schedule" };
  return { name: "Someone without an account", description: "A public form" };
}

function parseDetails(detailsJson: string): Record<string, AuditDetailValue> {
  try {
    const parsed: unknown = JSON.parse(detailsJson);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, AuditDetailValue>) : {};
  } catch {
    return {};
  }
}

/** The account ids an entry names: who acted, whose records, and to whom a request was assigned. */
export function accountIdsIn(entry: AuditEntry): string[] {
  const assignee = parseDetails(entry.detailsJson).assigneeAccountId;
  return [entry.actorAccountId, entry.customerId, typeof assignee === "string" ? assignee : null].filter((id): id is string => id !== null);
}

const REQUEST_SUBJECT = /^request:(PR-[A-Z0-9-]+)$/;

export function readableAuditEntry(entry: AuditEntry, names: Map<string, AccountName>, timeZone: string): ReadableAuditEntry {
  const details = Object.entries(parseDetails(entry.detailsJson)).map(([key, value]) => {
    if (key !== "assigneeAccountId") return describeAuditDetail(key, value, timeZone);
    const assignee = typeof value === "string" ? names.get(value) : undefined;
    return { label: "Assigned to", value: value === null ? "Nobody" : (assignee?.email ?? `${DELETED_ACCOUNT} (account id: ${String(value)})`) };
  });
  const reference = entry.subject?.match(REQUEST_SUBJECT)?.[1] ?? null;
  return {
    sequence: entry.sequence,
    occurredAt: entry.occurredAt,
    when: formatMoment(entry.occurredAt, timeZone, "medium"),
    who: describeActor(entry, names),
    what: describeAuditAction(entry.action),
    customer: entry.customerId ? describeAccount(names.get(entry.customerId), entry.customerId, "Customer") : null,
    requestReference: reference,
    otherSubject: reference ? null : entry.subject,
    details,
  };
}
