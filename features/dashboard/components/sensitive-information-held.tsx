import type { MaskedSensitiveItem } from "@/lib/inventory-types";
import { formatShortDay } from "../format-inventory-values";
import { MaskedValue } from "./masked-value";

export function SensitiveInformationHeld({ items }: { items: MaskedSensitiveItem[] }) {
  if (items.length === 0) return <p>We hold no Sensitive Personal Information about you.</p>;
  return (
    <>
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        Stored encrypted. We show only the last characters, and none at all of short values such as codes, so the full value never
        reaches your browser.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[16rem_1fr]">
        {items.map((item) => (
          <div key={item.kind} className="contents">
            <dt className="font-medium">{item.label}</dt>
            <dd>
              <MaskedValue masked={item.masked} spoken={item.spoken} />{" "}
              <span className="text-sm text-slate-700 dark:text-slate-300">(added {formatShortDay(item.addedAt)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
