import { Fragment, type ReactNode } from "react";
import { formatMoment } from "@/lib/dates";
import { splitAtAddresses } from "@/lib/email-text";
import type { OutboxMessage } from "@/server/email/list-outbox-messages";
import { env } from "@/server/env";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-styles";
import { filterInputClass } from "@/components/ui/form-fields";

/** Plain text with its web links made clickable; React escapes everything else. */
function withLinks(text: string): ReactNode[] {
  return splitAtAddresses(text).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} className="break-all underline" href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Shows one recipient's mail only (a GET form, so it works without JavaScript); `problem` says why it could not. */
function RecipientFilter({ to, problem }: { to: string; problem: string | null }) {
  return (
    <form method="get" className="card mt-6 flex flex-wrap items-end gap-4">
      <div className="flex flex-col">
        <label htmlFor="mailbox-to" className="text-sm font-medium">Show only mail to</label>
        <input id="mailbox-to" name="to" type="email" defaultValue={to} className={filterInputClass} aria-describedby={problem ? "mailbox-to-problem" : undefined} />
      </div>
      <button type="submit" className={buttonClass("secondary")}>Show</button>
      {to !== "" && !problem ? <a className="underline" href="/dev/mailbox">Show every message</a> : null}
      {problem ? <p id="mailbox-to-problem" role="alert" className="w-full font-medium text-danger">{problem}</p> : null}
    </form>
  );
}

/** `tools`: demo controls shown above the messages (e.g. sending a sample promotional email). */
export function DemoMailbox({ messages, to = "", problem = null, tools }: { messages: OutboxMessage[]; to?: string; problem?: string | null; tools?: ReactNode }) {
  return (
    <>
      <h1 className="type-title">Demo mailbox</h1>
      <p className="mt-4 max-w-prose">
        The emails the center has written, newest first (the latest hundred, or every one to the address you ask for). In the demo nothing leaves this machine; with SMTP configured
        the same messages are sent for real, and this page does not exist.
      </p>
      {tools}
      <RecipientFilter to={to} problem={problem} />
      {messages.length === 0 ? <p className="mt-6">{to !== "" && !problem ? `No emails to ${to}.` : "No emails yet."}</p> : null}
      <ol className="mt-6 space-y-6">
        {messages.map((message) => (
          <li key={message.id}>
            <Card as="article" aria-labelledby={`mail-${message.id}`}>
              <h2 id={`mail-${message.id}`} className="type-subsection">
                {message.subject}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt className="font-medium">To</dt>
                <dd>{message.to}</dd>
                <dt className="font-medium">Written</dt>
                <dd>
                  <time dateTime={message.createdAt}>{formatMoment(message.createdAt, env.COMPANY_TIME_ZONE, "medium")}</time>
                </dd>
                <dt className="font-medium">Status</dt>
                <dd>{message.status}</dd>
                <dt className="font-medium">Kind</dt>
                <dd>{message.category}</dd>
                {Object.entries(message.headers).map(([name, value]) => (
                  <Fragment key={name}>
                    <dt className="font-medium">{name}</dt>
                    <dd className="font-mono break-all">{value}</dd>
                  </Fragment>
                ))}
              </dl>
              <pre className="mt-3 font-sans whitespace-pre-wrap">{withLinks(message.text)}</pre>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
