import type { Metadata } from "next";
import { ConfirmEmailChangePage } from "@/features/account-security/components/confirm-email-change-page";
import { type EmailChangeLink, readEmailChangeLink } from "@/features/account-security/email-change-service";
import { requireCustomer } from "@/server/auth/current-account";
import { database } from "@/server/db/database";

// The address carries a personal token: never indexed. Not "no-referrer": that would make the button's
// POST carry `Origin: null`, which Next.js refuses as a cross-site Server Action (see the unsubscribe page).
export const metadata: Metadata = { title: "Confirm your new email address", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConfirmEmailChangeRoute({ searchParams }: { searchParams: SearchParams }) {
  // Signed out: sign in, then back here with the token (the request's own path).
  const account = await requireCustomer();
  const { token } = await searchParams;
  // Looking the link up does not use it: mail scanners that open links must not spend it.
  const link: EmailChangeLink =
    typeof token === "string" && token.length <= 200 ? await readEmailChangeLink(await database(), { accountId: account.accountId, token }) : { kind: "unusable" };
  return <ConfirmEmailChangePage link={link} token={typeof token === "string" ? token : ""} />;
}
