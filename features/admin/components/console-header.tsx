import Link from "next/link";
import { AccountBar } from "@/components/layout/account-bar";
import { Wordmark } from "@/components/layout/wordmark";
import { Badge } from "@/components/ui/badge";
import { AdminNavigation } from "./admin-navigation";

/**
 * The console's own header, in place of the public site's menu: the center's
 * wordmark marked as the console, who is signed in with Sign out, and the
 * console's menu. Works without JavaScript (the menu wraps on a phone).
 */
export function ConsoleHeader() {
  return (
    <header className="no-print border-b border-line bg-surface-muted">
      <div className="mx-auto max-w-6xl px-4 pt-3">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <Link href="/admin" className="inline-flex flex-wrap items-center gap-x-1">
            <Wordmark />
            <span className="sr-only">: </span>
            <Badge tone="brand">Console</Badge>
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
