import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { env } from "@/server/env";
import { SignInForm } from "./sign-in-form";

const notices = {
  "signed-out": { title: "You have signed out", text: "Your session has ended on this device." },
  reset: { title: "Your password has been changed", text: "Sign in with your new password. Every earlier session was signed out." },
  refused: { title: "You are not signed in", text: "That email and password do not match. Check them and try again." },
} as const;

export function SignInPage({ next, notice }: { next: string | null; notice: keyof typeof notices | null }) {
  const shown = notice ? notices[notice] : null;
  return (
    <>
      <h1 className="type-title">Sign in</h1>
      <p className="mt-4 max-w-prose">
        Sign in to see the information we hold about you, make your privacy choices and follow your requests.
      </p>
      {shown ? <Notice title={shown.title}>{shown.text}</Notice> : null}
      <SignInForm next={next} />
      {env.isDemo ? (
        <Notice title="This is a demo">
          The demo customers&apos; sign-in details are in README.md. Emails the center sends appear in the{" "}
          <Link className="underline" href="/dev/mailbox">
            demo mailbox
          </Link>
          .
        </Notice>
      ) : null}
    </>
  );
}
