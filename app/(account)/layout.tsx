import type { ReactNode } from "react";
import { AccountBar } from "@/components/layout/account-bar";
import { AccountNavigation } from "@/components/layout/account-navigation";
import { GpcNotice } from "@/features/preferences/components/gpc-notice";
import { authenticate } from "@/server/boundary";

/**
 * The signed-in customer's area. The layout asks for the customer itself,
 * before anything streams (middleware may only redirect); each page, action
 * and route still checks the session on its own through server/boundary,
 * since a layout does not re-run on every navigation.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await authenticate("customer");
  return (
    <>
      <AccountBar />
      <AccountNavigation />
      {/* Honoured on every account page, not only on "Your choices" (CCPA regs §7025). */}
      <GpcNotice />
      {children}
    </>
  );
}
