import Link from "next/link";
import { requiredEmail, requiredNotices } from "@/content/choices";
import { policyHref } from "@/lib/policy-links";
import { readChoicesPage } from "../queries";
import { ChoiceToggles } from "./choice-toggles";
import { ChoicesQueryProvider } from "./choices-query-provider";
import { ConsentHistory } from "./consent-history";
import { CpniNoticeSection } from "./cpni-notice-section";

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
      <h1 className="text-3xl font-bold">Your choices</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Decide what we may do with your information. A change takes effect at once, and each one is kept below with when and how it was made.
      </p>

      <section aria-labelledby="choices-heading" className="mt-8">
        <h2 id="choices-heading" className="text-xl font-semibold">What we may do</h2>
        <ChoicesQueryProvider>
          <ChoiceToggles values={values} revision={revision} />
        </ChoicesQueryProvider>
      </section>

      <CpniNoticeSection notices={cpni.notices} decision={cpni.communications} />

      <section aria-labelledby="required-email-heading" className="mt-8">
        <h2 id="required-email-heading" className="text-xl font-semibold">Email you cannot turn off</h2>
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
      </section>

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-semibold">History of your choices</h2>
        <ConsentHistory history={history} />
      </section>
    </>
  );
}
