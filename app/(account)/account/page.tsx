import type { Metadata } from "next";
import { YourInformation } from "@/features/dashboard/components/your-information";
import { readYourInformation } from "@/features/dashboard/queries";
import { PolicyChangeNotice } from "@/features/policy-banner/components/policy-change-notice";

export const metadata: Metadata = { title: "Your information" };

// Reads the session (in the page's query), so it is rendered per request, never prerendered.
export default async function YourInformationPage() {
  const { inventory, newestVersionTakesEffect } = await readYourInformation();
  return <YourInformation inventory={inventory} newestVersionTakesEffect={newestVersionTakesEffect} notice={<PolicyChangeNotice />} />;
}
