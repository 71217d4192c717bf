import type { Metadata } from "next";
import { ChoicesPage } from "@/features/preferences/components/choices-page";
import { requireCustomer } from "@/server/auth/current-account";

export const metadata: Metadata = { title: "Your choices" };

// Reads the session, so it is rendered per request, never prerendered.
export default async function YourChoicesPage() {
  const customer = await requireCustomer();
  return <ChoicesPage customerId={customer.accountId} />;
}
