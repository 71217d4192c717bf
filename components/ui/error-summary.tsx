"use client";

import { useEffect, useId, useRef } from "react";
import { noticeClass } from "./notice";

export interface SummaryField {
  /** The field's (or group's) name in `fieldErrors`. */
  name: string;
  /** The element to move to: the input, or a group's first input. */
  targetId: string;
}

/**
 * The problems with a submitted form, at its top, in the form's order, each a
 * link to its field. It takes focus when it appears, so keyboard and screen
 * reader users land on it; without JavaScript it is simply the first thing in
 * the re-rendered form.
 */
export function ErrorSummary({ message, fieldErrors, fields }: { message: string; fieldErrors: Record<string, string>; fields: readonly SummaryField[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Two forms on one page may both show their summary: each names its own heading.
  const titleId = `${useId()}-error-summary-title`;
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);

  const listed = fields.filter((field) => fieldErrors[field.name]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={noticeClass("danger")}
    >
      <h2 id={titleId} className="type-subsection">
        {message}
      </h2>
      {listed.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {listed.map((field) => (
            <li key={field.name}>
              <a className="underline" href={`#${field.targetId}`}>
                {fieldErrors[field.name]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
