import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestStatus } from "@/features/customer-requests/components/request-status";
import { normalizeReference } from "@/features/requests/reference";
import { readCustomerRequest } from "@/features/requests/workflow/request-views";
import { requireCustomer } from "@/server/auth/current-account";
import { database } from "@/server/db/database";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Request ${normalizeReference(reference) ?? ""}`.trim() };
}

/** A request's status page; only the customer who made it can see it (anyone else's reference, even one about them, is "not found"). */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  const { reference: typed } = await params;
  const customer = await requireCustomer(`/account/requests/${encodeURIComponent(typed)}`);
  const reference = normalizeReference(typed);
  const request = reference ? await readCustomerRequest(await database(), customer.accountId, reference) : undefined;
  if (!request) notFound();
  const { sent } = await searchParams;
  return <RequestStatus request={request} justSent={sent === "1"} />;
}
