import Link from "next/link";
import { requiredEmail, requiredNotices } from "@/content/choices";
import { policyHref } from "@/lib/policy-links";
import { readChoicesPage } from "../queries";
import { ChoiceToggles } from "./choice-toggles";
import { ChoicesQueryProvider } from "./choices-query-provider";
import { ConsentHistory } from "./consent-history";
import { CpniNoticeSection } from "./cpni-notice-section";
import { PageSection } from "@/components/ui/page-section";

/**
 * "Your choices": each choice with what it means, its policy section and its
 * current value; the email that cannot be turned off, and why; and every change
 * ever made. The Global Privacy Control notice comes from the account layout.
 */
export async function ChoicesPage() {
  // For the signed-in customer, after the Global Privacy Control signal the layout's notice applies in this same request.
  const { values, revision, history, cpni } = await readChoicesPage();

  return (
    <>
      <h1 className="type-title">Your choices</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Decide what we may do with your information. A change takes effect at once, and each one is kept below with when and how it was made.
      </p>

      <PageSection id="choices" title="What we may do">
        <ChoicesQueryProvider>
          <ChoiceToggles values={values} revision={revision} />
        </ChoicesQueryProvider>
      </PageSection>

      <CpniNoticeSection notices={cpni.notices} decision={cpni.communications} />

      <PageSection id="required-email" title="Email you cannot turn off">
        <p className="mt-2 max-w-prose">
          The choices above turn off marketing. These messages are not marketing: the law, or our policy&apos;s own promise, requires them, so we send them
          whatever you choose.
        </p>
        <ul className="mt-2 max-w-prose list-disc space-y-2 pl-6">
          {requiredNotices.map((notice) => (
            <li key={notice.key}>
              <strong>{notice.title}</strong>: {notice.description}{" "}
              <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${notice.policy.anchor}`}>
                Policy: {notice.policy.label}
              </Link>
            </li>
          ))}
          <li>
            <strong>{requiredEmail.title}</strong>: {requiredEmail.description} As the policy says, “{requiredEmail.reason}”{" "}
            <Link className="text-brand-700 underline dark:text-brand-300" href={`${policyHref}#${requiredEmail.policy.anchor}`}>
              Policy: {requiredEmail.policy.label}
            </Link>
          </li>
        </ul>
      </PageSection>

      <PageSection id="history" title="History of your choices">
        <ConsentHistory history={history} />
      </PageSection>
    </>
  );
}
