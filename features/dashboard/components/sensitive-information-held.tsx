"use client";

import type { MaskedSensitiveItem } from "@/lib/inventory-types";
import { MaskedValue } from "./masked-value";
import "./your-information.css";

/** A masked item as the page shows it; `added` is already written out by the server (one formatting of dates, not one per browser). */
export type SensitiveItemShown = Pick<MaskedSensitiveItem, "kind" | "label" | "masked" | "spoken"> & { added: string };

/** A client component: its explanation is the same for everyone, so only the masked items travel in the page's RSC payload. */
export function SensitiveInformationHeld({ items }: { items: readonly SensitiveItemShown[] }) {
  if (items.length === 0) return <p>We hold no Sensitive Personal Information about you.</p>;
  return (
    <>
      <p className="max-w-prose text-sm quiet">
        Stored encrypted. We show only the last characters, and none at all of short values such as codes, so the full value never
        reaches your browser.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[16rem_1fr]">
        {items.map((item) => (
          <div key={item.kind} className="contents">
            <dt className="font-medium">{item.label}</dt>
            <dd>
              <MaskedValue masked={item.masked} spoken={item.spoken} />{" "}
              <span className="text-sm quiet">{`(added ${item.added})`}</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
