import type { ReactNode } from "react";
import { Card } from "./card";

export interface CardField {
  label: string;
  value: ReactNode;
}

/**
 * A table's rows as cards, for narrow screens: each row's heading, then its
 * values, each with its column's label, so nothing hides off the right edge.
 * Show it below a breakpoint and the table above it (`className`).
 */
export function RecordCards({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className={`space-y-3 ${className}`.trim()}>
      {children}
    </ul>
  );
}

export function RecordCard({ heading, fields }: { heading: ReactNode; fields: CardField[] }) {
  return (
    <Card as="li" className="p-3 text-sm">
      <div className="font-semibold">{heading}</div>
      <LabelledValues fields={fields} className="mt-2" />
    </Card>
  );
}

/**
 * Labels and values (a description list), e.g. a card's fields or an entry's
 * details: side by side in two columns, or `inline`, one "label: value" a line,
 * for a narrow table cell.
 */
export function LabelledValues({ fields, className = "", inline = false }: { fields: CardField[]; className?: string; inline?: boolean }) {
  if (inline) {
    return (
      <dl className={`space-y-0.5 ${className}`.trim()}>
        {fields.map((field, index) => (
          <div key={index}>
            <dt className="inline font-medium text-slate-700 dark:text-slate-300">{field.label}:</dt> <dd className="inline break-words">{field.value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <dl className={`grid grid-cols-[minmax(5rem,7.5rem)_1fr] gap-x-3 gap-y-1 ${className}`.trim()}>
      {fields.map((field, index) => (
        <div key={index} className="contents">
          <dt className="font-medium text-slate-700 dark:text-slate-300">{field.label}</dt>
          <dd className="min-w-0 break-words">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
