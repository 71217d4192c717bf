import type { Metadata } from "next";
import { RequestStatus } from "@/features/customer-requests/components/request-status";
import { readRequestForRequester } from "@/features/requests/queries";

// The address carries a personal key: never indexed, never cached.
export const metadata: Metadata = { title: "Your request", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A request made without an account (Your California Privacy Rights, a
 * minor's report), followed through the signed link its requester was given.
 * Without a valid key there is nothing here, whether or not the reference exists.
 */
export default async function FollowRequestPage({ params, searchParams }: Props) {
  const request = await readRequestForRequester((await params).reference, (await searchParams).key);
  return <RequestStatus request={request} signedIn={false} />;
}
