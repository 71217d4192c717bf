import type { Metadata } from "next";
import { RecordRequestPage } from "@/features/admin/components/record-request-page";

export const metadata: Metadata = { title: "Record a request" };

export default function RecordRequestRoute() {
  return <RecordRequestPage />;
}
