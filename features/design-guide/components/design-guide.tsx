import type { ReactNode } from "react";
import { Wordmark } from "@/components/layout/wordmark";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type ButtonImportance, buttonClass } from "@/components/ui/button-styles";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageSection } from "@/components/ui/page-section";

const buttons: Array<[ButtonImportance, string, string]> = [
  ["primary", "Send my request", "The step the page is for. One per form."],
  ["secondary", "Keep it off", "A step beside it."],
  ["danger", "Deny and send the reason", "Removes or ends something, and cannot be undone: always with a confirmation."],
];

const badges: Array<[BadgeTone, string, string]> = [
  ["neutral", "Received", "A state with nothing to do."],
  ["info", "Upcoming", "News the reader may want."],
  ["success", "Completed", "Done."],
  ["warning", "Due this week", "Act soon."],
  ["danger", "Urgent", "Act first (a minor's report)."],
];

const typeScale: Array<[string, string, ReactNode]> = [
  ["Page title", "text-3xl font-bold", "Your privacy requests"],
  ["Section", "text-xl font-semibold", "Ask for a copy of your information"],
  ["Body", "text-base", "We answer within 45 days of receiving your request."],
  ["Small print", "text-sm text-slate-700 dark:text-slate-300", "Times are shown in company time (America/New_York)."],
];

/**
 * The center's parts in one place, for whoever builds the next page: the
 * wordmark, the type scale, the colours, buttons by importance, badges,
 * notices and tables. Each is the component the pages use, not a picture of it.
 */
export function DesignGuide() {
  return (
    <>
      <h1 className="text-3xl font-bold">Design guide</h1>
      <p className="mt-2 max-w-prose">
        The parts every page of the center is made of. Use these rather than new styles; each works without JavaScript, in light and dark, and on a
        phone. Source: <code>components/ui</code> and <code>components/layout</code>.
      </p>

      <PageSection id="wordmark" title="Wordmark">
        <p className="mt-2 max-w-prose">Drawn inline (nothing is fetched). The names are text.</p>
        <div className="mt-3 inline-block rounded border border-slate-200 p-4 dark:border-slate-700">
          <Wordmark />
        </div>
      </PageSection>

      <PageSection id="type" title="Type scale">
        <dl className="mt-3 space-y-3">
          {typeScale.map(([name, classes, sample]) => (
            <div key={name}>
              <dt className="text-sm font-medium text-slate-700 dark:text-slate-300">
                {name} <code>{classes}</code>
              </dt>
              <dd className={classes}>{sample}</dd>
            </div>
          ))}
        </dl>
      </PageSection>

      <PageSection id="colours" title="Colours">
        <ul className="mt-3 flex flex-wrap gap-4">
          {[
            ["Brand", "bg-brand-700"],
            ["Brand, dark", "bg-brand-800"],
            ["Brand, on dark", "bg-brand-300"],
            ["Danger", "bg-danger-700"],
          ].map(([name, swatch]) => (
            <li key={name} className="flex items-center gap-2">
              <span aria-hidden="true" className={`inline-block h-8 w-8 rounded border border-slate-300 ${swatch}`} />
              {name} <code>{swatch}</code>
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
      </PageSection>

      <PageSection id="notices" title="Notices">
        <Notice title="A new version of this policy has been published">
          <p>Something the reader must not miss.</p>
        </Notice>
        <Notice title="Your data is being held" tone="warning">
          <p>Something that needs their attention.</p>
        </Notice>
      </PageSection>

      <PageSection id="tables" title="Tables">
        <DataTable caption="Example: requests, most urgent first" columns={["Reference", "Type", "Status", "Answer by"]} scrollLabel="Example requests">
          <tr className={tableRowClass}>
            <th scope="row" className={`${tableCellClass} font-mono whitespace-nowrap`}>
              PR-H8K6-YD6P
            </th>
            <td className={tableCellClass}>Access</td>
            <td className={tableCellClass}>
              <Badge tone="warning">Due this week</Badge>
            </td>
            <td className={`${tableCellClass} whitespace-nowrap`}>December 4, 2026</td>
          </tr>
        </DataTable>
      </PageSection>
    </>
  );
}
