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
    <form action="/privacy/compare" method="get" className="no-print my-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-col">
        <label htmlFor="compare-from" className="text-sm font-medium">
          Older version
        </label>
        <select id="compare-from" name="from" defaultValue={defaultFrom} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800">
          {options}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="compare-to" className="text-sm font-medium">
          Newer version
        </label>
        <select id="compare-to" name="to" defaultValue={defaultTo} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800">
          {options}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Compare versions
      </button>
    </form>
  );
}
