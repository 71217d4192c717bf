import Link from "next/link";
import { AccountBar } from "@/components/layout/account-bar";
import { site } from "@/content/site";
import { AdminNavigation } from "./admin-navigation";

/**
 * The console's own header, in place of the public site's menu: the center's
 * wordmark marked as the console, who is signed in with Sign out, and the
 * console's menu. Works without JavaScript (the menu wraps on a phone).
 */
export function ConsoleHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950">
      <div className="mx-auto max-w-6xl px-4 pt-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <Link href="/admin" className="text-lg font-bold">
            {site.companyName} <span className="font-normal">{site.centerName}</span>
            <span className="sr-only">: </span>
            <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-white">Console</span>
          </Link>
          <AccountBar className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" />
        </div>
        <div className="mt-2">
          <AdminNavigation />
        </div>
      </div>
    </header>
  );
}
