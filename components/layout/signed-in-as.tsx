"use client";

import { buttonClass } from "@/components/ui/button-styles";

/**
 * Who is signed in, and a Sign out button (a plain form POST, so it works
 * without JavaScript). A client component so that the page's RSC payload
 * carries only the email address, not this markup; it is rendered on the
 * server all the same. AccountBar reads the session and renders it.
 */
export function SignedInAs({ email, className }: { email: string; className: string }) {
  return (
    <div className={className}>
      <p className="text-slate-700 dark:text-slate-300">
        Signed in as <span className="font-medium">{email}</span>
      </p>
      <form action="/sign-out" method="post">
        <button type="submit" className={`${buttonClass("secondary")} py-1`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
