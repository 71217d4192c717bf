import Link from "next/link";
import { choices, retiredChoiceTitles } from "@/content/choices";
import { versionHref } from "@/lib/policy-links";
import type { ConsentMethod } from "@/server/db/schema";
import type { ConsentRecord } from "../repository";
import { DataTable, tableCellClass } from "@/components/ui/data-table";

const methodLabels: Record<ConsentMethod, string> = {
  default: "Default",
  dashboard: "Dashboard",
  gpc: "Global Privacy Control",
  gpc_consent: "Your consent despite Global Privacy Control",
  email_link: "Email link",
  administrator: "Administrator",
  sign_up: "At sign-up",
};

const moment = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const titleOf = (key: string) => choices.find((choice) => choice.key === key)?.title ?? retiredChoiceTitles[key] ?? key;
const onOff = (value: boolean | null) => (value === null ? "Not set" : value ? "On" : "Off");

function describeMethod(record: ConsentRecord): string {
  // A GPC record that keeps the value off is the customer's answer "keep it off".
  if (record.method === "gpc" && record.oldValue === record.newValue) return `${methodLabels.gpc} (you kept it off)`;
  return methodLabels[record.method];
}

/** Every change of the customer's choices, newest first: the receipts (CPNI approval records are kept at least a year, 47 CFR 64.2007(a)(3); we keep all). */
export function ConsentHistory({ history }: { history: readonly ConsentRecord[] }) {
  if (history.length === 0) {
    return <p className="mt-2 text-slate-700 dark:text-slate-300">No changes yet: every choice is as it started.</p>;
  }
  return (
    <DataTable caption="Changes of your choices, newest first" columns={["Choice", "Change", "When", "How", "Policy in force"]} small className="mt-2">
      {history.map((record) => (
        <tr key={record.id} className="border-b border-slate-200 align-top dark:border-slate-700">
          <th scope="row" className="py-2 pr-4 font-medium">{titleOf(record.choiceKey)}</th>
          <td className="py-2 pr-4 whitespace-nowrap">
            {onOff(record.oldValue)} → {onOff(record.newValue)}
          </td>
          <td className={tableCellClass}>
            <time dateTime={record.createdAt}>{moment.format(new Date(record.createdAt))} UTC</time>
          </td>
          <td className={tableCellClass}>{describeMethod(record)}</td>
          <td className="py-2">
            <Link className="text-brand-700 underline dark:text-brand-300" href={versionHref(record.policyVersion)}>
              {record.policyVersion}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
