import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import type { RequestMetrics, RequestTally } from "../metrics-repository";
import { FIRST_METRICS_YEAR } from "../metrics-schemas";
import { REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";
import { DataTable, tableCellClass, tableNumberCellClass, tableRowClass } from "@/components/ui/data-table";
import { filterInputClass } from "@/components/ui/form-fields";

const count = new Intl.NumberFormat("en-US");
const days = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Picking a year is a GET form, so it works without JavaScript and every year has an address. */
export function MetricsYearForm({ year, currentYear, problem }: { year: number; currentYear: number; problem: string | null }) {
  return (
    <form method="get" className="my-6 flex flex-wrap items-end gap-4 card">
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
          className={`${filterInputClass} w-28`}
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
      <td className={tableNumberCellClass}>{count.format(tally.received)}</td>
      <td className={tableNumberCellClass}>{count.format(tally.completed)}</td>
      <td className={tableNumberCellClass}>{count.format(tally.denied)}</td>
      <td className={tableNumberCellClass}>{count.format(tally.open)}</td>
      <td className={tableNumberCellClass}>
        <MedianDays value={tally.medianDaysToAnswer} />
      </td>
    </>
  );
}

const metricsColumns = [
  "Type of request",
  { label: "Received", numeric: true },
  { label: "Complied with in whole or in part", numeric: true },
  { label: "Denied", numeric: true },
  { label: "Still open", numeric: true },
  { label: "Median days to respond", numeric: true },
] as const;

export function RequestMetricsTable({ metrics }: { metrics: RequestMetrics }) {
  return (
    // On a phone the table is wider than the screen: its region is named and reachable by keyboard, to scroll it (WCAG 2.1.1).
    <DataTable
      caption={`Requests received in ${metrics.year}, by type`}
      showCaption
      columns={metricsColumns}
      small
      scrollLabel={`Requests received in ${metrics.year}, by type (scrolls sideways)`}
      footer={
        <tr>
          <th scope="row" className={tableCellClass}>
            All requests
          </th>
          <TallyCells tally={metrics.total} />
        </tr>
      }
    >
      {metrics.byType.map((row) => (
        <tr key={row.type} className={tableRowClass}>
          <th scope="row" className={`${tableCellClass} font-medium`}>
            {REQUEST_TYPE_LABELS[row.type]}
          </th>
          <TallyCells tally={row} />
        </tr>
      ))}
    </DataTable>
  );
}
