"use client";

import "./your-information.css";

/** How a column's cells are set: as prose, in a fixed-width face (masked numbers, hints), or as code (a cookie's name). */
export type HeldColumnStyle = "text" | "mono" | "code";

/**
 * A small table of held records. On narrow screens it scrolls sideways inside
 * a focusable box, so keyboard users can scroll it too.
 *
 * A client component that takes the cells as plain strings: the server sends
 * the page's data once in its RSC payload, not the whole table's markup a
 * second time beside the HTML. Cell styles are set once on the table.
 */
export function HeldTable({
  caption,
  columns,
  rows,
  columnStyles = [],
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  columnStyles?: readonly HeldColumnStyle[];
}) {
  return (
    <div role="group" aria-label={caption} tabIndex={0} className="held-table-scroll">
      <table className="held-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex}>
              {cells.map((cell, cellIndex) => {
                const content = <Cell text={cell} style={columnStyles[cellIndex] ?? "text"} />;
                return cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={cellIndex}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ text, style }: { text: string; style: HeldColumnStyle }) {
  if (style === "mono") return <span className="font-mono">{text}</span>;
  if (style === "code") return <code>{text}</code>;
  return text;
}
