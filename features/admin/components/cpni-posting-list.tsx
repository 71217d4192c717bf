import type { CustomerToPost } from "@/features/preferences";
import { CpniNoticePostedFromListForm } from "./cpni-notice-forms";

const REASONS: Record<CustomerToPost["reason"], string> = {
  "no-email-approval": "No approval to send notices by email (47 CFR 64.2008(d)(3)(i)).",
  returned: "The emailed notice came back undeliverable (47 CFR 64.2008(d)(3)(iii)).",
};

/**
 * The customers whose CPNI notice must go by post now, each with what to post
 * it to and the form that records the mailing.
 */
export function CpniPostingList({ customers, today, done }: { customers: readonly CustomerToPost[]; today: string; done: string | null }) {
  return (
    <section aria-labelledby="posting-list-heading" className="mt-6">
      <h2 id="posting-list-heading" className="text-xl font-semibold">
        {customers.length === 1 ? "1 customer needs" : `${customers.length} customers need`} a posted notice
      </h2>
      {done ? (
        <p role="status" className="mt-2 max-w-prose rounded border-l-4 border-green-700 bg-green-50 p-3 dark:bg-green-950">
          {done}
        </p>
      ) : null}
      {customers.length === 0 ? (
        <p className="mt-2">No customer needs a posted CPNI notice now.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {customers.map((customer, index) => (
            <li key={customer.customerId} className="rounded border border-slate-200 p-4 dark:border-slate-700">
              <h3 className="font-semibold">
                {customer.fullName} <span className="font-normal">({customer.email})</span>
              </h3>
              <p className="mt-1">{REASONS[customer.reason]}</p>
              <p className="mt-1">
                <strong>Post to: </strong>
                {customer.postalAddress || "No postal address of record (erased): the notice cannot be posted."}
              </p>
              {customer.postalAddress ? <CpniNoticePostedFromListForm customerId={customer.customerId} fullName={customer.fullName} today={today} index={index} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
