import type { Metadata } from "next";
import { ConfirmEmailChangePage } from "@/features/account-security/components/confirm-email-change-page";
import { readEmailChangeLinkForPage } from "@/features/account-security/queries";

// The address carries a personal token: never indexed. Not "no-referrer": that would make the button's
// POST carry `Origin: null`, which Next.js refuses as a cross-site Server Action (see the unsubscribe page).
export const metadata: Metadata = { title: "Confirm your new email address", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConfirmEmailChangeRoute({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const { link, token: shownToken } = await readEmailChangeLinkForPage(token);
  return <ConfirmEmailChangePage link={link} token={shownToken} />;
}
