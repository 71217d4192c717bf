import type { Metadata } from "next";
import { CaliforniaRequestPage } from "@/features/california-requests/components/california-request-page";

export const metadata: Metadata = {
  title: "Your California Privacy Rights",
  description: "California residents: ask how to use your choices about sharing your personal information for direct marketing. No account needed.",
};

export default function CaliforniaPrivacyRightsRoute() {
  return <CaliforniaRequestPage />;
}
