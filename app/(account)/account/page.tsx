import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { YourInformation } from "@/features/dashboard/components/your-information";
import { getCustomerInventory } from "@/features/dashboard/service";
import { PolicyChangeBanner } from "@/features/policy-banner/components/policy-change-banner";
import { getPolicyChangeFor } from "@/features/policy-banner/service";
import { requireCustomer } from "@/server/auth/current-account";

export const metadata: Metadata = { title: "Your information" };

// Reads the session (requireCustomer), so it is rendered per request, never prerendered.
export default async function YourInformationPage() {
  const customer = await requireCustomer();
  const [inventory, policyChange] = await Promise.all([getCustomerInventory(customer.accountId), getPolicyChangeFor(customer.accountId)]);
  if (!inventory) notFound();
  return <YourInformation inventory={inventory} notice={policyChange ? <PolicyChangeBanner change={policyChange} /> : null} />;
}
