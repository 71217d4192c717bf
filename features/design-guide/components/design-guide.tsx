import type { ReactNode } from "react";
import { Wordmark } from "@/components/layout/wordmark";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type ButtonImportance, buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { DataTable, tableCellClass, tableNumberCellClass, tableRowClass } from "@/components/ui/data-table";
import { filterInputClass } from "@/components/ui/form-fields";
import { Notice, type NoticeTone } from "@/components/ui/notice";
import { PageSection } from "@/components/ui/page-section";
import { RecordCard, RecordCards } from "@/components/ui/record-cards";
import { REQUEST_STATUS_TONES, RequestStatusBadge } from "@/components/ui/request-status-badge";
import { REQUEST_STATUS_LABELS } from "@/lib/requests/request-labels";

const buttons: Array<[ButtonImportance, string, string]> = [
  ["primary", "Send my request", "The step the page is for. One per form."],
  ["secondary", "Keep it off", "A step beside it."],
  ["danger", "Deny and send the reason", "Removes or ends something, and cannot be undone: always with a confirmation."],
];

const badges: Array<[BadgeTone, string, string]> = [
  ["neutral", "Staff only", "A state with nothing to do."],
  ["info", "Upcoming", "News the reader may want."],
  ["success", "In force", "Done, or in effect."],
  ["warning", "Material change", "Act soon, or look closer."],
  ["danger", "Urgent", "Act first (a minor’s report); a final step."],
  ["brand", "Console", "Names a place: the console’s header."],
];

const notices: Array<[NoticeTone, string, string]> = [
  ["info", "A new version of this policy has been published", "News the reader must not miss."],
  ["success", "Notice recorded as posted", "Something the reader did has worked (with role=\"status\")."],
  ["warning", "Your data is being held", "Something that needs their attention."],
  ["danger", "We could not compare those versions", "Something refused or failed (with role=\"alert\")."],
  ["neutral", "This browser is not sending the Global Privacy Control signal", "A state, neither good nor bad."],
];

/** The type scale: one class per level (app/globals.css), so every page's headings match. */
const typeScale: Array<[string, string, ReactNode]> = [
  ["Page title (h1)", "type-title", "Your privacy requests"],
  ["Section heading (h2, PageSection)", "type-section", "Ask for a copy of your information"],
  ["Sub-heading (h3; a card’s or an aside’s h2)", "type-subsection", "CPNI notices and uses"],
  ["Body", "type-body", "We answer within 45 days of receiving your request."],
  ["Small print", "type-small", "Times are shown in company time (America/New_York)."],
];

/** The semantic colours (app/globals.css @theme): each names a use and switches with the system's dark mode. */
const colours: Array<[string, string, string, string]> = [
  ["surface", "Page background", "#ffffff", "#0f172a"],
  ["surface-muted", "Quiet panels (the console header)", "#f8fafc", "#020617"],
  ["ink", "Text", "#0f172a", "#f1f5f9"],
  ["ink-muted", "Secondary text, small print", "#334155", "#cbd5e1"],
  ["line", "Borders of cards and rows", "#e2e8f0", "#334155"],
  ["line-strong", "Borders of inputs", "#64748b", "#94a3b8"],
  ["accent", "Links, focus, the wordmark (brand-700 / brand-300)", "#0b4f8a", "#8cc4f5"],
  ["info", "Info notices", "#0284c7", "#38bdf8"],
  ["success", "Success notices", "#15803d", "#4ade80"],
  ["warning", "Warning notices", "#d97706", "#fbbf24"],
  ["danger", "Danger notices (danger-700 / red-400)", "#a61b1b", "#f87171"],
];

const spacing: Array<[string, string, string]> = [
  ["section", "2rem", "Between a page's sections: mt-section (PageSection's default is mt-8, the same)."],
  ["stack", "1rem", "Between blocks inside a section: space-y-stack, mt-stack."],
  ["card", "1rem", "Inside a card: p-card (Card)."],
];

function Swatch({ value }: { value: string }) {
  return <span aria-hidden="true" className="inline-block h-6 w-6 shrink-0 rounded border border-line-strong align-middle" style={{ background: value }} />;
}

/**
 * The center's parts in one place, for whoever builds the next page: the
 * wordmark, the typeface and type scale, the colours light and dark, spacing,
 * buttons, badges, cards, notices, tables and record cards. Each is the
 * component the pages use, not a picture of it.
 */
export function DesignGuide() {
  return (
    <>
      <h1 className="type-title">Design guide</h1>
      <p className="mt-2 max-w-prose">
        The parts every page of the center is made of. Build pages from <code>components/ui</code> rather than new styles; each works without
        JavaScript, in light and dark, and on a phone. Why these: <code>docs/decisions/0023-design-system.md</code>.
      </p>

      <PageSection id="wordmark" title="Wordmark">
        <p className="mt-2 max-w-prose">
          Drawn inline (nothing is fetched). The names are text. <code>components/layout/wordmark.tsx</code>, in the site’s header and the console’s.
        </p>
        <Card className="mt-3 inline-block">
          <Wordmark />
        </Card>
      </PageSection>

      <PageSection id="type" title="Typeface and type scale">
        <p className="mt-2 max-w-prose">
          Inter, a variable font under the SIL Open Font License, served by us (the Latin subset, one file for every weight); until it arrives the text
          shows in a fallback sized to Inter’s metrics, so nothing moves.
        </p>
        <dl className="mt-3 space-y-3">
          {typeScale.map(([name, classes, sample]) => (
            <div key={name}>
              <dt className="type-small font-medium">
                {name} <code>{classes}</code>
              </dt>
              <dd className={classes}>{sample}</dd>
            </div>
          ))}
        </dl>
      </PageSection>

      <PageSection id="colours" title="Colours, light and dark">
        <p className="mt-2 max-w-prose">
          Use the semantic names (<code>bg-surface</code>, <code>text-ink</code>, <code>border-line</code>, …): each switches with the system’s dark mode by
          itself. Brand steps: <code>brand-50 … brand-900</code>; danger steps: <code>danger-50 … danger-950</code>.
        </p>
        <DataTable caption="Colour tokens, with their light and dark values" columns={["Token", "Use", "Light", "Dark", "Here"]} scrollLabel="Colour tokens" className="mt-3">
          {colours.map(([token, use, light, dark]) => (
            <tr key={token} className={tableRowClass}>
              <th scope="row" className={`${tableCellClass} font-mono whitespace-nowrap`}>
                {token}
              </th>
              <td className={tableCellClass}>{use}</td>
              <td className={`${tableCellClass} whitespace-nowrap`}>
                <Swatch value={light} /> <code>{light}</code>
              </td>
              <td className={`${tableCellClass} whitespace-nowrap`}>
                <Swatch value={dark} /> <code>{dark}</code>
              </td>
              <td className={tableCellClass}>
                <Swatch value={`var(--color-${token})`} />
              </td>
            </tr>
          ))}
        </DataTable>
      </PageSection>

      <PageSection id="spacing" title="Spacing">
        <ul className="mt-3 space-y-stack">
          {spacing.map(([name, size, use]) => (
            <li key={name} className="flex flex-wrap items-center gap-4">
              <span aria-hidden="true" className="inline-block h-4 rounded bg-accent" style={{ width: size }} />
              <span>
                <code>{name}</code> ({size}): {use}
              </span>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="buttons" title="Buttons, by importance">
        <ul className="mt-3 space-y-3">
          {buttons.map(([importance, label, use]) => (
            <li key={importance} className="flex flex-wrap items-center gap-4">
              <button type="button" className={buttonClass(importance)}>
                {label}
              </button>
              <span>
                <code>{importance}</code>: {use}
              </span>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="badges" title="Badges">
        <ul className="mt-3 space-y-2">
          {badges.map(([tone, label, use]) => (
            <li key={tone}>
              <span className="font-mono">PR-H8K6-YD6P</span>
              <Badge tone={tone}>{label}</Badge> <code>{tone}</code>: {use}
            </li>
          ))}
        </ul>
        <h3 className="type-subsection mt-6">A request’s status</h3>
        <p className="mt-1 max-w-prose">
          <code>RequestStatusBadge</code>, in the queue, the customer’s list and each request’s page: the status’s own words, in its tone.
        </p>
        <ul className="mt-3 flex flex-wrap gap-3">
          {(Object.keys(REQUEST_STATUS_LABELS) as Array<keyof typeof REQUEST_STATUS_LABELS>).map((status) => (
            <li key={status}>
              <RequestStatusBadge status={status} /> <code>{REQUEST_STATUS_TONES[status]}</code>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="cards" title="Cards">
        <p className="mt-2 max-w-prose">
          <code>Card</code> (<code>as=&quot;li&quot;</code>, <code>&quot;nav&quot;</code>, <code>&quot;section&quot;</code>, …), or <code>cardClass</code> on a form: a
          record, a filter form, a table of contents.
        </p>
        <Card as="section" aria-labelledby="example-card-heading" className="mt-3 max-w-prose">
          <h3 id="example-card-heading" className="type-subsection">
            Version 2026-11-20 <Badge tone="success">In force</Badge>
          </h3>
          <p className="type-small mt-1">Published November 13, 2026, effective November 20, 2026</p>
          <p className="mt-2">Adds how we honor Global Privacy Control.</p>
        </Card>
      </PageSection>

      <PageSection id="notices" title="Notices">
        {notices.map(([tone, title, use]) => (
          <Notice key={tone} title={title} tone={tone} className="my-4 max-w-prose">
            <p>
              <code>{tone}</code>: {use}
            </p>
          </Notice>
        ))}
      </PageSection>

      <PageSection id="forms" title="Filter fields">
        <p className="mt-2 max-w-prose">
          A small GET form’s inputs (<code>filterInputClass</code>); the request forms use the labelled fields of <code>components/ui/form-fields.tsx</code>.
        </p>
        <form className="mt-3 flex flex-wrap items-end gap-4 card" action="/dev/design" method="get">
          <div className="flex flex-col">
            <label htmlFor="example-filter" className="text-sm font-medium">
              Customer’s email
            </label>
            <input id="example-filter" name="example" type="email" className={filterInputClass} />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Search
          </button>
        </form>
      </PageSection>

      <PageSection id="tables" title="Tables">
        <DataTable caption="Example: requests, most urgent first" columns={["Reference", "Type", "Status", "Answer by"]} scrollLabel="Example requests" className="mt-3">
          <tr className={tableRowClass}>
            <th scope="row" className={`${tableCellClass} font-mono whitespace-nowrap`}>
              PR-H8K6-YD6P
            </th>
            <td className={tableCellClass}>Access</td>
            <td className={tableCellClass}>
              <RequestStatusBadge status="in_progress" />
            </td>
            <td className={`${tableCellClass} whitespace-nowrap`}>December 4, 2026</td>
          </tr>
        </DataTable>
        <DataTable
          caption="Example: figures, with a total"
          showCaption
          columns={["Type of request", { label: "Received", numeric: true }, { label: "Denied", numeric: true }]}
          small
          scrollLabel="Example figures"
          className="mt-6"
          footer={
            <tr>
              <th scope="row" className={tableCellClass}>
                All requests
              </th>
              <td className={tableNumberCellClass}>12</td>
              <td className={tableNumberCellClass}>1</td>
            </tr>
          }
        >
          <tr className={tableRowClass}>
            <th scope="row" className={tableCellClass}>
              Access
            </th>
            <td className={tableNumberCellClass}>12</td>
            <td className={tableNumberCellClass}>1</td>
          </tr>
        </DataTable>
      </PageSection>

      <PageSection id="record-cards" title="Record cards">
        <p className="mt-2 max-w-prose">On a phone, a table’s rows as cards, each value with its column’s label (the queue, the audit log, your requests).</p>
        <RecordCards label="Example requests, as cards" className="mt-3 max-w-sm">
          <RecordCard
            heading={<span className="font-mono">PR-H8K6-YD6P</span>}
            fields={[
              { label: "Type", value: "Access" },
              { label: "Status", value: <RequestStatusBadge status="extended" /> },
              { label: "Answer by", value: "December 4, 2026" },
            ]}
          />
        </RecordCards>
      </PageSection>
    </>
  );
}
