import type { CustomerToPost } from "@/features/preferences";
import { CpniNoticePostedFromListForm } from "./cpni-notice-forms";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/card";

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
      <h2 id="posting-list-heading" className="type-section">
        {customers.length === 1 ? "1 customer needs" : `${customers.length} customers need`} a posted notice
      </h2>
      {done ? (
        <Notice tone="success" role="status" className="mt-2 max-w-prose">
          {done}
        </Notice>
      ) : null}
      {customers.length === 0 ? (
        <p className="mt-2">No customer needs a posted CPNI notice now.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {customers.map((customer, index) => (
            <Card as="li" key={customer.customerId}>
              <h3 className="type-subsection">
                {customer.fullName} <span className="font-normal">({customer.email})</span>
              </h3>
              <p className="mt-1">{REASONS[customer.reason]}</p>
              <p className="mt-1">
                <strong>Post to: </strong>
                {customer.postalAddress || "No postal address of record (erased): the notice cannot be posted."}
              </p>
              {customer.postalAddress ? <CpniNoticePostedFromListForm customerId={customer.customerId} fullName={customer.fullName} today={today} index={index} /> : null}
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
