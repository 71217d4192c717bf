import type { ReactNode } from "react";
import { MainContent } from "@/components/layout/main-content";
import { ConsoleHeader } from "@/features/admin/components/console-header";
import { requireConsoleSession } from "@/features/admin/queries";

/**
 * The Privacy Administrator's console, with its own header in place of the
 * public site's (components/layout/public-frame.tsx). The layout only asks for
 * someone signed in; each page's query and each action checks the
 * administrator role itself, and a page's query sends a customer to the
 * site's not-found page (server/boundary/query.ts says why it is a page of its own).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireConsoleSession();
  return (
    <>
      <ConsoleHeader />
      <MainContent wide>{children}</MainContent>
    </>
  );
}
