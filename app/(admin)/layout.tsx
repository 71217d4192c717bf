import type { ReactNode } from "react";
import { AccountBar } from "@/components/layout/account-bar";
import { requireConsoleSession } from "@/features/admin/queries";

/**
 * The Privacy Administrator's console. The layout only asks for someone signed
 * in; each page's query and each action checks the administrator role itself.
 * (A notFound() thrown from a layout renders as an empty error shell without
 * JavaScript; from a page it renders the site's own not-found page.)
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
