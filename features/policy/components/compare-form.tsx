import { buttonClass } from "@/components/ui/button-styles";
import type { ReactNode } from "react";
import { filterInputClass } from "@/components/ui/form-fields";
import type { TimelineEntry } from "../policy-timeline";

/**
 * Picks any two versions. A plain GET form, so it works without JavaScript;
 * /privacy/compare turns the choice into the comparison's permanent address.
 */
export function CompareForm({ entries, defaultFrom, defaultTo }: { entries: TimelineEntry[]; defaultFrom: string; defaultTo: string }) {
  const options = [...entries].reverse().map(({ version, status }) => (
    <option key={version.id} value={version.id}>
      {version.id}
      {status === "superseded" ? "" : ` (${status})`}
    </option>
  ));
  return (
    <form action="/privacy/compare" method="get" className="no-print my-6 flex flex-wrap items-end gap-4 card">
      <VersionSelect id="compare-from" name="from" label="Older version" defaultValue={defaultFrom}>
        {options}
      </VersionSelect>
      <VersionSelect id="compare-to" name="to" label="Newer version" defaultValue={defaultTo}>
        {options}
      </VersionSelect>
      <button type="submit" className={buttonClass("primary")}>
        Compare versions
      </button>
    </form>
  );
}

function VersionSelect({ id, name, label, defaultValue, children }: { id: string; name: string; label: string; defaultValue: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={filterInputClass}>
        {children}
      </select>
    </div>
  );
}
