import type { Metadata } from "next";
import { ReportMinorPage } from "@/features/minors/components/report-minor-page";

export const metadata: Metadata = {
  title: "Report a minor's data",
  description: "Tell the Privacy Administrator that a child's personal information may have reached us. No account needed.",
};

export default function ReportAMinorRoute() {
  return <ReportMinorPage />;
}
