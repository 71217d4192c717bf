import { buttonClass } from "@/components/ui/button-styles";
import Link from "next/link";
import { findSignedInAccount } from "@/server/boundary";

/**
 * Who is signed in, and a Sign out button (a plain form POST, so it works
 * without JavaScript). Reads the session, so it belongs only in the signed-in
 * layouts, never in the site header: the public pages stay static.
 */
export async function AccountBar({ className = "mb-4 flex flex-wrap items-center justify-end gap-x-4 gap-y-2 text-sm" }: { className?: string } = {}) {
  const account = await findSignedInAccount();
  if (!account) {
    return (
      <p className="mb-4 text-sm">
        <Link className="underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <div className={className}>
      <p className="text-slate-700 dark:text-slate-300">
        Signed in as <span className="font-medium">{account.email}</span>
      </p>
      <form action="/sign-out" method="post">
        <button type="submit" className={`${buttonClass("secondary")} py-1`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
