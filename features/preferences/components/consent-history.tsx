import Link from "next/link";
import { choices, retiredChoiceTitles } from "@/content/choices";
import { formatMoment } from "@/lib/dates";
import { versionHref } from "@/lib/policy-links";
import type { ConsentMethod } from "@/server/db/schema";
import { env } from "@/server/env";
import type { ConsentRecord } from "../repository";
import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { RecordCard, RecordCards } from "@/components/ui/record-cards";

const methodLabels: Record<ConsentMethod, string> = {
  default: "Default",
  dashboard: "Dashboard",
  gpc: "Global Privacy Control",
  gpc_consent: "Your consent despite Global Privacy Control",
  email_link: "Email link",
  administrator: "Administrator",
  sign_up: "At sign-up",
};

const titleOf = (key: string) => choices.find((choice) => choice.key === key)?.title ?? retiredChoiceTitles[key] ?? key;
const onOff = (value: boolean | null) => (value === null ? "Not set" : value ? "On" : "Off");

function describeMethod(record: ConsentRecord): string {
  // A GPC record that keeps the value off is the customer's answer "keep it off".
  if (record.method === "gpc" && record.oldValue === record.newValue) return `${methodLabels.gpc} (you kept it off)`;
  return methodLabels[record.method];
}

const Change = ({ record }: { record: ConsentRecord }) => (
  <span className="whitespace-nowrap">
    {onOff(record.oldValue)} → {onOff(record.newValue)}
  </span>
);

/** When, in the company's time zone and naming it ("Nov 20, 2026, 9:30 PM EST"), as every moment in the center is shown (decision 0015). */
const When = ({ record }: { record: ConsentRecord }) => (
  <time dateTime={record.createdAt}>{formatMoment(record.createdAt, env.COMPANY_TIME_ZONE, "medium")}</time>
);

const PolicyLink = ({ record }: { record: ConsentRecord }) => (
  <Link className="text-brand-700 underline dark:text-brand-300" href={versionHref(record.policyVersion)}>
    {record.policyVersion}
  </Link>
);

/**
 * Every change of the customer's choices, newest first: the receipts (CPNI approval records are kept at least a year,
 * 47 CFR 64.2007(a)(3); we keep all). On a phone a card per change, each value labelled, so nothing hides off the
 * right edge; from md up a table, whose cells wrap, so it fits without scrolling sideways (e2e/on-a-phone.spec.ts checks
 * at 768 and 1280 px).
 */
export function ConsentHistory({ history }: { history: readonly ConsentRecord[] }) {
  if (history.length === 0) {
    return <p className="mt-2 text-slate-700 dark:text-slate-300">No changes yet: every choice is as it started.</p>;
  }
  return (
    <>
      <RecordCards label="Changes of your choices, newest first" className="mt-2 md:hidden">
        {history.map((record) => (
          <RecordCard
            key={record.id}
            heading={titleOf(record.choiceKey)}
            fields={[
              { label: "Change", value: <Change record={record} /> },
              { label: "When", value: <When record={record} /> },
              { label: "How", value: describeMethod(record) },
              { label: "Policy in force", value: <PolicyLink record={record} /> },
            ]}
          />
        ))}
      </RecordCards>
      <DataTable
        caption="Changes of your choices, newest first"
        columns={["Choice", "Change", "When", "How", "Policy in force"]}
        small
        className="mt-2 hidden md:block"
      >
        {history.map((record) => (
          <tr key={record.id} className={`${tableRowClass} align-top`}>
            <th scope="row" className={`${tableCellClass} font-medium`}>{titleOf(record.choiceKey)}</th>
            <td className={tableCellClass}><Change record={record} /></td>
            <td className={tableCellClass}><When record={record} /></td>
            <td className={tableCellClass}>{describeMethod(record)}</td>
            <td className="py-2"><PolicyLink record={record} /></td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
