import type { Metadata } from "next";
import { UnsubscribePage } from "@/features/unsubscribe/components/unsubscribe-page";
import { readUnsubscribePage } from "@/features/unsubscribe/queries";

// The address carries a personal token: never indexed. The site's Referrer-Policy (next.config.js) already
// keeps the path from other sites; "no-referrer" here would make the button's POST carry `Origin: null`,
// which Next.js refuses as a cross-site Server Action.
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** Where an email's unsubscribe link leads: it asks, and only its button opts out. A bad token finds nothing here. */
export default async function UnsubscribeRoute({ params }: Props) {
  const { token } = await params;
  const view = await readUnsubscribePage(token);
  return <UnsubscribePage view={view} token={token} />;
}
