import type { StoredCommunicationSummary } from "@/lib/inventory-types";
import { formatBytes, formatCount, formatShortDay } from "../format-inventory-values";
import { HeldTable } from "./held-table";
import "./your-information.css";

export function StoredCommunicationsHeld({ summaries }: { summaries: StoredCommunicationSummary[] }) {
  return (
    <>
      <p className="max-w-prose text-sm quiet">
        Counts, sizes and dates only: the content itself stays encrypted in your account, and every access to it is recorded.
      </p>
      <HeldTable
        caption="Stored in your account"
        columns={["Kind", "Items", "Total size", "Oldest", "Newest"]}
        rows={summaries.map((summary) => [
          summary.label,
          formatCount(summary.count),
          summary.count > 0 ? formatBytes(summary.totalBytes) : "—",
          summary.oldest ? formatShortDay(summary.oldest) : "—",
          summary.newest ? formatShortDay(summary.newest) : "—",
        ])}
      />
    </>
  );
}
