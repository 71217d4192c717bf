"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { FormattedDate } from "@/components/ui/formatted-date";
import { noticeClass } from "./notice";

interface RequestReceivedProps {
  title: string;
  reference: string;
  receivedOn: string;
  answerBy: string;
  /** How the answer-by date is put, e.g. "We will answer by". */
  answerByLabel: string;
  /** Where the requester follows it: a signed link of their own. */
  statusPath: string;
  children?: ReactNode;
}

/**
 * The confirmation: the reference number and the dates, nothing the person
 * typed. Its heading takes focus when it replaces the form, so screen reader
 * users hear that the form went through.
 */
export function RequestReceived({ title, reference, receivedOn, answerBy, answerByLabel, statusPath, children }: RequestReceivedProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="request-received-title">
      <h1 id="request-received-title" ref={heading} tabIndex={-1} className="focus:outline-none type-title">
        {title}
      </h1>
      <div role="status" className={`mt-6 ${noticeClass("success")}`}>
        <p>Your reference number is</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-wider">
          {reference}
        </p>
        <p className="mt-2">Please keep it, and quote it whenever you write to us about this.</p>
      </div>
      <dl className="mt-6 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Received</dt>
        <dd>
          <FormattedDate day={receivedOn} />
        </dd>
        <dt className="font-medium">{answerByLabel}</dt>
        <dd>
          <FormattedDate day={answerBy} />
        </dd>
      </dl>
      <p className="mt-6 max-w-prose">
        <a className="font-medium underline" href={statusPath}>
          Follow this on its own page
        </a>
        : bookmark it to see each step until we answer. The link is yours alone; anyone you share it with can see the progress too.
      </p>
      <div className="mt-6 max-w-prose space-y-4">{children}</div>
    </section>
  );
}
