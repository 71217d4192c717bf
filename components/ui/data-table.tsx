import type { ReactNode } from "react";

/** The classes every data table's rows and cells share. */
export const tableRowClass = "border-b border-line";
export const tableCellClass = "py-2 pr-4";
/** A cell of figures: right-aligned, digits of one width, so columns of numbers line up. */
export const tableNumberCellClass = "py-2 pr-4 text-right tabular-nums";

/** A column's header: its words, or its words and whether it holds figures (set right-aligned). */
export type DataTableColumn = string | { label: string; numeric?: boolean };

interface DataTableProps {
  /** Said to screen readers before the table: what it lists and in which order. */
  caption: string;
  /** Shows the caption above the table as its title, instead of only for screen readers. */
  showCaption?: boolean;
  columns: readonly DataTableColumn[];
  /** The rows: <tr className={tableRowClass}> with a <th scope="row"> first. */
  children: ReactNode;
  /** A totals row, set apart below the rows. */
  footer?: ReactNode;
  /** Smaller text, for the console's dense tables. */
  small?: boolean;
  /**
   * Names the scrolling region and lets the keyboard reach it, for a table
   * that may be wider than a phone's screen (WCAG 2.1.1).
   */
  scrollLabel?: string;
  className?: string;
}

/**
 * A table of records, as every list in the center shows one: a caption, column headers, and a region that
 * scrolls sideways on narrow screens. Its look is `.data-table` (app/globals.css), which the dashboard's
 * held-records tables share (features/dashboard/components/held-table.tsx).
 */
export function DataTable({ caption, showCaption = false, columns, children, footer, small = false, scrollLabel, className = "" }: DataTableProps) {
  const region = scrollLabel ? { role: "group", "aria-label": scrollLabel, tabIndex: 0 } : {};
  return (
    <div {...region} className={`${className} overflow-x-auto`.trim()}>
      <table className={`data-table${small ? " text-sm" : ""}`}>
        <caption className={showCaption ? "type-subsection mb-2 text-left" : "sr-only"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, numeric = false } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={label} scope="col" className={numeric ? "pr-4 text-right" : tableCellClass}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
