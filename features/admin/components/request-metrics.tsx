import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import type { RequestMetrics, RequestTally } from "../metrics-repository";
import { FIRST_METRICS_YEAR } from "../metrics-schemas";
import { REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";

const count = new Intl.NumberFormat("en-US");
const days = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Picking a year is a GET form, so it works without JavaScript and every year has an address. */
export function MetricsYearForm({ year, currentYear, problem }: { year: number; currentYear: number; problem: string | null }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-col">
        <label htmlFor="metrics-year" className="text-sm font-medium">Year</label>
        <input
          id="metrics-year"
          name="year"
          type="number"
          inputMode="numeric"
          min={FIRST_METRICS_YEAR}
          max={currentYear}
          step={1}
          defaultValue={year}
          className="mt-1 w-28 rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800"
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>Show</button>
      {problem ? <p role="alert" className="w-full font-medium text-red-800 dark:text-red-300">{problem}</p> : null}
    </form>
  );
}

export function MetricsYearLinks({ year, currentYear }: { year: number; currentYear: number }) {
  return (
    <nav aria-label="Other years" className="my-4">
      <ul className="flex gap-4">
        {year > FIRST_METRICS_YEAR ? (
          <li><Link className="underline" href={`/admin/metrics?year=${year - 1}`}>Previous year ({year - 1})</Link></li>
        ) : null}
        {year < currentYear ? (
          <li><Link className="underline" href={`/admin/metrics?year=${year + 1}`}>Next year ({year + 1})</Link></li>
        ) : null}
      </ul>
    </nav>
  );
}

function MedianDays({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">none answered</span>
      </>
    );
  }
  return <>{days.format(value)}</>;
}

function TallyCells({ tally }: { tally: RequestTally }) {
  return (
    <>
      <td className="py-2 pr-4 text-right tabular-nums">{count.format(tally.received)}</td>
      <td className="py-2 pr-4 text-right tabular-nums">{count.format(tally.completed)}</td>
      <td className="py-2 pr-4 text-right tabular-nums">{count.format(tally.denied)}</td>
      <td className="py-2 pr-4 text-right tabular-nums">{count.format(tally.open)}</td>
      <td className="py-2 pr-4 text-right tabular-nums"><MedianDays value={tally.medianDaysToAnswer} /></td>
    </>
  );
}

export function RequestMetricsTable({ metrics }: { metrics: RequestMetrics }) {
  return (
    // On a phone the table is wider than the screen: its region is named and reachable by keyboard, to scroll it (WCAG 2.1.1).
    <div role="group" aria-label={`Requests received in ${metrics.year}, by type (scrolls sideways)`} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-lg font-semibold">Requests received in {metrics.year}, by type</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">Type of request</th>
            <th scope="col" className="py-2 pr-4 text-right">Received</th>
            <th scope="col" className="py-2 pr-4 text-right">Complied with in whole or in part</th>
            <th scope="col" className="py-2 pr-4 text-right">Denied</th>
            <th scope="col" className="py-2 pr-4 text-right">Still open</th>
            <th scope="col" className="py-2 pr-4 text-right">Median days to respond</th>
          </tr>
        </thead>
        <tbody>
          {metrics.byType.map((row) => (
            <tr key={row.type} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-2 pr-4 font-medium">{REQUEST_TYPE_LABELS[row.type]}</th>
              <TallyCells tally={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold dark:border-slate-500">
            <th scope="row" className="py-2 pr-4">All requests</th>
            <TallyCells tally={metrics.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
