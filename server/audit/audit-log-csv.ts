import "server-only";
import { stringify } from "csv-stringify/sync";
import type { AuditEntry } from "./audit-log";

const COLUMNS = ["sequence", "occurredAt", "actorAccountId", "actorRole", "action", "customerId", "subject", "detailsJson", "previousHash", "hash"] as const;

/**
 * The audit log as CSV for auditors. Cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR) are prefixed with a quote by csv-stringify.
 */
export function formatAuditCsv(entries: AuditEntry[]): string {
  return stringify(
    entries.map((entry) => COLUMNS.map((column) => entry[column])),
    { header: true, columns: [...COLUMNS], escape_formulas: true },
  );
}
