import { choicesHref } from "@/lib/account-links";
import Link from "next/link";
import type { ReactNode } from "react";
import { requiredEmail } from "@/content/choices";
import { site } from "@/content/site";
import type { UnsubscribeView } from "../service";
import { ConfirmUnsubscribeForm } from "./confirm-unsubscribe-form";

const requiredEmailDescription = requiredEmail.description.charAt(0).toLowerCase() + requiredEmail.description.slice(1);

function OtherChoices({ children }: { children: ReactNode }) {
  return (
    <p className="mt-6 max-w-prose">
      {children}{" "}
      <Link className="text-brand-700 underline dark:text-brand-300" href={choicesHref}>
        Your choices
      </Link>{" "}
      (after you sign in).
    </p>
  );
}

/**
 * Where a promotional email's unsubscribe link leads. Opening it changes
 * nothing (mail scanners open links too): it says what the button will do,
 * and only the button opts out. Once the list is off it says so.
 */
export function UnsubscribePage({ view, token }: { view: UnsubscribeView; token: string }) {
  if (!view.subscribed) {
    return (
      <>
        <h1 className="type-title">You are unsubscribed</h1>
        <p className="mt-4 max-w-prose">
          You will get no more “{view.title}”. The history of your choices shows when and how this was chosen.
        </p>
        <p className="mt-4 max-w-prose">
          {requiredEmail.title} still comes: {requiredEmailDescription}
        </p>
        <OtherChoices>Changed your mind, or want to change other choices? Use</OtherChoices>
      </>
    );
  }
  return (
    <>
      <h1 className="type-title">Unsubscribe from “{view.title}”?</h1>
      <p className="mt-4 max-w-prose">
        Press the button and {site.companyName} stops sending you “{view.title}” at once. Nothing changes until you press it, and you do not need to
        sign in.
      </p>
      <p className="mt-4 max-w-prose">
        {requiredEmail.title} still comes: {requiredEmailDescription}{" "}
        {requiredEmail.reason}
      </p>
      <ConfirmUnsubscribeForm token={token} />
      <OtherChoices>For your other choices, such as other email, use</OtherChoices>
    </>
  );
}
