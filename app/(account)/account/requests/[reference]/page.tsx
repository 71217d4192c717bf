import type { Metadata } from "next";
import { RequestStatus } from "@/features/customer-requests/components/request-status";
import { readCustomerRequest } from "@/features/customer-requests/queries";
import { normalizeReference } from "@/features/requests/reference";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Request ${normalizeReference(reference) ?? ""}`.trim() };
}

/** A request's status page; only the customer who made it can see it (anyone else's reference, even one about them, is "not found"). */
export default async function RequestStatusPage({ params, searchParams }: Props) {
  const request = await readCustomerRequest((await params).reference);
  const { sent } = await searchParams;
  return <RequestStatus request={request} justSent={sent === "1"} />;
}
