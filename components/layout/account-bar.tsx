import Link from "next/link";
import { findSignedInAccount } from "@/server/boundary";
import { SignedInAs } from "./signed-in-as";

/**
 * Who is signed in, and a Sign out button (signed-in-as.tsx). Reads the session, so it belongs only in the signed-in
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
  return <SignedInAs email={account.email} className={className} />;
}
