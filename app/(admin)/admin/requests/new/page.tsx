import type { Metadata } from "next";
import { RecordRequestPage, recordedKindOf } from "@/features/admin/components/record-request-page";

export const metadata: Metadata = { title: "Record a request" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecordRequestRoute({ searchParams }: Props) {
  return <RecordRequestPage kind={recordedKindOf((await searchParams).type)} />;
}
