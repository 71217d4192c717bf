import type { ReactNode } from "react";
import { AccountBar } from "@/components/layout/account-bar";
import { AccountNavigation } from "@/components/layout/account-navigation";
import { GpcNotice } from "@/features/preferences/components/gpc-notice";
import { requireCustomer } from "@/server/auth/current-account";

/**
 * The signed-in customer's area. The layout asks for the customer itself
 * (middleware may only redirect); each page and route still checks the session
 * on its own, since a layout does not re-run on every navigation.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const customer = await requireCustomer();
  return (
    <>
      <AccountBar />
      <AccountNavigation />
      {/* Honoured on every account page, not only on "Your choices" (CCPA regs §7025). */}
      <GpcNotice customerId={customer.accountId} />
      {children}
    </>
  );
}
