import type { ReactNode } from "react";

/**
 * A small table of held records. On narrow screens it scrolls sideways inside
 * a focusable box, so keyboard users can scroll it too.
 */
export function HeldTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly (readonly ReactNode[])[] }) {
  return (
    <div role="group" aria-label={caption} tabIndex={0} className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-1 pr-4 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex} className="border-b border-slate-200 dark:border-slate-700">
              {cells.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row" className="py-1 pr-4 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex} className="py-1 pr-4">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
