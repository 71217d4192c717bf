import type { ReactNode } from "react";

/** The classes every data table's rows and cells share. */
export const tableRowClass = "border-b border-slate-200 dark:border-slate-700";
export const tableCellClass = "py-2 pr-4";

interface DataTableProps {
  /** Said to screen readers before the table: what it lists and in which order. */
  caption: string;
  columns: readonly string[];
  /** The rows: <tr className={tableRowClass}> with a <th scope="row"> first. */
  children: ReactNode;
  /** Smaller text, for the console's dense tables. */
  small?: boolean;
  /**
   * Names the scrolling region and lets the keyboard reach it, for a table
   * that may be wider than a phone's screen (WCAG 2.1.1).
   */
  scrollLabel?: string;
  className?: string;
}

/** A table of records, as every list in the center shows one: a caption, column headers, and a region that scrolls sideways on narrow screens. */
export function DataTable({ caption, columns, children, small = false, scrollLabel, className = "" }: DataTableProps) {
  const region = scrollLabel ? { role: "group", "aria-label": scrollLabel, tabIndex: 0 } : {};
  return (
    <div {...region} className={`${className} overflow-x-auto`.trim()}>
      <table className={`w-full border-collapse text-left${small ? " text-sm" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {columns.map((column) => (
              <th key={column} scope="col" className={tableCellClass}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
