import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestStatus } from "@/features/customer-requests/components/request-status";
import { normalizeReference } from "@/features/requests/reference";
import { isRequestStatusKey } from "@/features/requests/status-link";
import { readRequestForRequester } from "@/features/requests/workflow/request-views";
import { database } from "@/server/db/database";

// The address carries a personal key: never indexed, never cached.
export const metadata: Metadata = { title: "Your request", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A request made without an account (Your California Privacy Rights, a
 * minor's report), followed through the signed link its requester was given.
 * Without a valid key there is nothing here, whether or not the reference exists.
 */
export default async function FollowRequestPage({ params, searchParams }: Props) {
  const reference = normalizeReference((await params).reference);
  const { key } = await searchParams;
  if (!reference || typeof key !== "string" || !isRequestStatusKey(reference, key)) notFound();
  const request = await readRequestForRequester(await database(), reference);
  if (!request) notFound();
  return <RequestStatus request={request} signedIn={false} />;
}
