import { choicesHref } from "@/lib/account-links";
import Link from "next/link";
import { choices, globalPrivacyControlPolicy, globalPrivacyControlScope, requiredEmail, requiredNotices } from "@/content/choices";
import { policyHref } from "@/lib/policy-links";
import { requestSendsGpc } from "../honor-gpc-signal";
import { PageSection } from "@/components/ui/page-section";
import { Notice } from "@/components/ui/notice";

const linkClass = "text-brand-700 underline dark:text-brand-300";

/**
 * "Your privacy choices", for anyone, signed in or not: whether THIS browser
 * sends the Global Privacy Control signal on this very request, and what the
 * center does with it (CCPA regs §7025(c)(1), (c)(6)). It reads the
 * `Sec-GPC` header of each request and records nothing: no session is read,
 * no cookie is set, nothing is stored. The policy pages stay static; only
 * this small page is rendered per request.
 */
export async function PublicPrivacyChoicesPage() {
  const sending = await requestSendsGpc();
  const accountChoices = choices.filter((choice) => !choice.turnedOffByGpc);

  return (
    <>
      <h1 className="type-title">Your privacy choices</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        What you can decide about your information, with or without an account, and what we do when your browser asks for you.
      </p>

      <PageSection id="gpc" title="Global Privacy Control in this browser">
        <Notice role="status" tone={sending ? "success" : "neutral"} className="mt-3 max-w-prose">
          {sending ? (
            <>
              <strong>This browser is sending the Global Privacy Control signal.</strong> We honor it as your request to opt out of the sale and sharing of
              your personal information.
            </>
          ) : (
            <>
              <strong>This browser is not sending the Global Privacy Control signal.</strong> If you turn it on in a browser or extension that supports it, we
              honor it as your request to opt out of the sale and sharing of your personal information.
            </>
          )}
        </Notice>
        <p className="mt-3 max-w-prose">We read the signal (the <code>Sec-GPC: 1</code> header) afresh with every page you open. When it is sent:</p>
        <ul className="mt-2 max-w-prose list-disc space-y-2 pl-6">
          <li>
            <strong>For this browser</strong>, signed in or not: we set no advertising cookie, remove one the browser has, and record nothing about your
            visit.
          </li>
          <li>
            <strong>For your account</strong>, when you sign in: we turn off every choice the signal covers, first, even one you had turned on yourself, and
            keep a record of it. If the signal overrode a choice you had made, we tell you and offer to turn it back on: that would be your new choice,
            recorded as such.
          </li>
        </ul>
        <h3 className="mt-4 type-subsection">What the signal covers</h3>
        <ul className="mt-2 max-w-prose list-disc space-y-2 pl-6">
          {globalPrivacyControlScope.map((item) => (
            <li key={item.title}>
              <strong>{item.title}</strong>: {item.description}
            </li>
          ))}
        </ul>
        <p className="mt-3 max-w-prose">
          The signal does not change the email you get from us or the other choices of your account; you can change those on “Your choices”.{" "}
          <Link className={linkClass} href={`${policyHref}#${globalPrivacyControlPolicy.anchor}`}>
            Policy: {globalPrivacyControlPolicy.label}
          </Link>
        </p>
      </PageSection>

      <PageSection id="account" title="Choices for your account">
        <p className="mt-2 max-w-prose">
          Signed in, on{" "}
          <Link className={linkClass} href={choicesHref}>
            Your choices
          </Link>
          , you can turn each of these on or off, and see every change you made:
        </p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {[...choices.filter((choice) => choice.turnedOffByGpc), ...accountChoices].map((choice) => (
            <li key={choice.key}>{choice.title}</li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="required" title="What you cannot turn off">
        <ul className="mt-2 max-w-prose list-disc space-y-2 pl-6">
          {requiredNotices.map((notice) => (
            <li key={notice.key}>
              <strong>{notice.title}</strong>: {notice.description}
            </li>
          ))}
          <li>
            <strong>{requiredEmail.title}</strong>: {requiredEmail.description}
          </li>
        </ul>
      </PageSection>
    </>
  );
}
