import { DataTable, tableCellClass, tableRowClass } from "@/components/ui/data-table";
import { FormattedDate } from "@/components/ui/formatted-date";
import { dataCategories, type DataCategoryId } from "@/content/data-categories";
import { CpniHeld } from "@/features/dashboard";
import { IdentifiersHeld } from "@/features/dashboard";
import { SensitiveInformationHeld, sensitiveItemsShown } from "@/features/dashboard";
import { StoredCommunicationsHeld } from "@/features/dashboard";
import type { CpniNoticeRecord, CpniRecordForStaff } from "@/features/preferences";
import { dayIn, formatMoment } from "@/lib/dates";
import { env } from "@/server/env";
import type { CustomerInventory, PersonalInformation } from "@/lib/inventory-types";
import { CpniNoticePostedForm, CpniNoticeReturnedForm, CpniReplyOptOutForm } from "./cpni-notice-forms";
import { Notice } from "@/components/ui/notice";

/** What an erased field shows (a minor's report erases these: features/requests/workflow/minor-report-erasure.ts). */
const ERASED = "Erased";

function PersonalDetails({ personal }: { personal: PersonalInformation }) {
  const address = [personal.streetAddress, personal.city, `${personal.state} ${personal.postalCode}`.trim()].filter(Boolean).join(", ");
  const rows: [string, React.ReactNode][] = [
    ["Name", personal.fullName],
    ["Email address", personal.email],
    ["Postal address", address || ERASED],
    ["Phone", personal.phone || ERASED],
    ["Date of birth", personal.dateOfBirth ? <FormattedDate key="dob" day={personal.dateOfBirth} /> : ERASED],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A moment in the company's time zone, naming it. */
const moment = (iso: string) => formatMoment(iso, env.COMPANY_TIME_ZONE, "medium");

/** How a notice went, in words: by post, delivered, waiting, refused or returned. */
function noticeDelivery(notice: CpniNoticeRecord): string {
  if (notice.method === "post") return `Posted to ${notice.toAddress}`;
  if (notice.returnedAt) return `Emailed to ${notice.toAddress}; came back undeliverable (recorded ${moment(notice.returnedAt)})`;
  if (notice.refused) return `Emailed to ${notice.toAddress}; refused by the mail server (undeliverable)`;
  if (notice.deliveredAt) return `Emailed to ${notice.toAddress}; delivered ${moment(notice.deliveredAt)}`;
  return `Emailed to ${notice.toAddress}; still waiting in the outbox`;
}

/**
 * The notice the customer needs now and what the Privacy Administrator does
 * about it: without the customer's approval to receive notices by email
 * (47 CFR 64.2008(d)(3)(i)), the job sends none, and only a posted notice counts.
 */
function noticeToDo(cpni: CpniRecordForStaff): string | null {
  if (cpni.noticeNeeded === "email") return "A notice is due: the notice job emails it.";
  if (cpni.noticeNeeded === "none") return null;
  return cpni.emailNoticesApproved
    ? "A notice is due and cannot go by email again: post the notice, then record the day it was mailed."
    : "No approval to send notices by email: post the notice, then record the day it was mailed.";
}

function NoticeNeeded({ cpni }: { cpni: CpniRecordForStaff }) {
  const toDo = noticeToDo(cpni);
  return (
    <>
      <p className="mt-2 max-w-prose">
        <strong>Notices by email: </strong>
        {cpni.emailNoticesApproved ? "The customer approved notices by email." : "The customer has not approved notices by email."}
      </p>
      {toDo ? (
        <Notice tone="warning" className="mt-2 max-w-prose">
          <strong>{toDo}</strong>
        </Notice>
      ) : null}
    </>
  );
}

/** Where approval for communications-related offers stands, for staff. */
function cpniStanding(cpni: CpniRecordForStaff): string {
  const decision = cpni.communications;
  if (decision.allowed) return decision.basis === "opt-in-approval" ? "The customer said yes (opt-in)." : "Opt-out approval stands: a notice was had more than 30 days ago and the customer has not said no.";
  const reasons: Record<typeof decision.reason, string> = {
    held: "Held: a minor’s report holds every use of this customer’s data.",
    withdrawn: "The customer said no.",
    "no-opt-in": "No opt-in.",
    "no-notice": "No notice has reached the customer yet.",
    undeliverable: "The emailed notice came back undeliverable: send it by post and record it below before any CPNI is used.",
    "no-email-approval": "The notice was emailed while the customer had not approved notices by email, so it does not count.",
    waiting: `Waiting: approval may be assumed from ${decision.approvalFrom ? moment(decision.approvalFrom.toISOString()) : "30 days after the notice"}.`,
    "notice-expired": "The last notice had is more than two years old.",
  };
  return reasons[decision.reason];
}

const PURPOSES = { "communications-marketing": "Communications-related offers", "other-marketing": "Other marketing" } as const;

/**
 * The customer's CPNI notices (47 CFR 64.2008(a)(2)) and uses (64.2009(c)),
 * with the forms that record a returned email and a notice sent by post.
 */
function CpniRecords({ cpni, reference, today, done }: { cpni: CpniRecordForStaff; reference: string; today: string; done: string | null }) {
  return (
    <section aria-labelledby="cpni-heading">
      <h3 id="cpni-heading" className="type-subsection">
        CPNI notices and uses
      </h3>
      {done ? (
        <Notice tone="success" role="status" className="mt-2 max-w-prose">
          {done}
        </Notice>
      ) : null}
      <p className="mt-2 max-w-prose">
        <strong>Communications-related offers: </strong>
        {cpniStanding(cpni)}
      </p>
      <NoticeNeeded cpni={cpni} />
      {cpni.notices.length === 0 ? (
        <p className="mt-2">No CPNI notice sent yet.</p>
      ) : (
        <DataTable caption="CPNI notices sent to the customer, newest first" columns={["Sent", "Notice", "How it went", ""]} small scrollLabel="CPNI notices" className="mt-2">
          {cpni.notices.map((notice) => (
            <tr key={notice.id} className={tableRowClass}>
              <th scope="row" className={tableCellClass}>
                {notice.method === "post" ? <FormattedDate day={dayIn(env.COMPANY_TIME_ZONE, notice.sentAt)} /> : moment(notice.sentAt)}
              </th>
              <td className={tableCellClass}>
                {notice.kind === "first" ? "First notice" : "Renewal"} ({notice.noticeVersion})
              </td>
              <td className={tableCellClass}>{noticeDelivery(notice)}</td>
              <td className={tableCellClass}>
                {notice.method === "email" && !notice.returnedAt ? (
                  <CpniNoticeReturnedForm reference={reference} noticeId={notice.id} label={`The notice emailed ${moment(notice.sentAt)} came back undeliverable`} />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <CpniNoticePostedForm reference={reference} today={today} />
      {cpni.communications.allowed || cpni.communications.reason !== "withdrawn" ? <CpniReplyOptOutForm reference={reference} /> : null}
      <h4 className="mt-4 font-semibold">CPNI uses</h4>
      {cpni.uses.length === 0 ? (
        <p className="mt-2">No use of this customer’s CPNI recorded.</p>
      ) : (
        <DataTable caption="Uses of the customer's CPNI for marketing, newest first" columns={["Used", "Purpose", "Campaign", "CPNI used", "Offered"]} small scrollLabel="CPNI uses" className="mt-2">
          {cpni.uses.map((use) => (
            <tr key={use.id} className={tableRowClass}>
              <th scope="row" className={tableCellClass}>
                {moment(use.usedAt)}
              </th>
              <td className={tableCellClass}>{PURPOSES[use.purpose]}</td>
              <td className={tableCellClass}>{use.campaign}</td>
              <td className={tableCellClass}>{use.cpniUsed}</td>
              <td className={tableCellClass}>{use.offered}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export interface CustomerRecordsProps {
  inventory: CustomerInventory;
  /** The customer's CPNI notices and uses, with the request they are shown for (the forms act on it). */
  cpni?: { record: CpniRecordForStaff; reference: string; today: string; done: string | null } | null;
}

/**
 * The customer's records as staff see them while answering a request: the
 * same masked values the customer sees, never a full sensitive value, and
 * the CPNI notices and uses. Showing this is audited by the caller before it
 * renders.
 */
export function CustomerRecords({ inventory, cpni }: CustomerRecordsProps) {
  const held: Record<DataCategoryId, React.ReactNode> = {
    "personal-information": <PersonalDetails personal={inventory.personal} />,
    "sensitive-personal-information": <SensitiveInformationHeld items={sensitiveItemsShown(inventory.sensitive)} />,
    cpni: <CpniHeld cpni={inventory.cpni} />,
    "stored-communications": <StoredCommunicationsHeld summaries={inventory.storedCommunications} />,
    "cookies-and-identifiers": <IdentifiersHeld cookies={inventory.cookies} devices={inventory.devices} />,
  };
  return (
    <div className="space-y-6">
      {dataCategories.map((category) => (
        <section key={category.id} aria-labelledby={`records-${category.id}`}>
          <h3 id={`records-${category.id}`} className="type-subsection">
            {category.title}
          </h3>
          <div className="mt-2">{held[category.id]}</div>
        </section>
      ))}
      {cpni ? <CpniRecords cpni={cpni.record} reference={cpni.reference} today={cpni.today} done={cpni.done} /> : null}
    </div>
  );
}
