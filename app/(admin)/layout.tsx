import type { ReactNode } from "react";
import { AccountBar } from "@/components/layout/account-bar";
import { requireConsoleSession } from "@/features/admin/queries";

/**
 * The Privacy Administrator's console. The layout only asks for someone signed
 * in; each page's query and each action checks the administrator role itself,
 * and a page's query sends a customer to the site's not-found page
 * (server/boundary/query.ts says why it is a page of its own).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireConsoleSession();
  return (
    <>
      <AccountBar />
      {children}
    </>
  );
}
