"use client";

import { choicesHref } from "@/lib/account-links";
import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

const accountSections = [
  { href: "/account", label: "Your information" },
  { href: choicesHref, label: "Your choices" },
  { href: "/account/requests", label: "Your requests" },
  { href: "/account/security", label: "Security" },
] as const;

/**
 * The account area's sections; the current one is marked for screen readers as
 * well as by look. While a section loads, its link says so: this is the account
 * area's loading state (see docs/decisions/0005-no-streaming-fallback-on-account-pages.md).
 */
export function AccountNavigation() {
  const pathname = usePathname();
  return (
    <nav aria-label="Your account" className="mb-8 border-b border-slate-200 dark:border-slate-700">
      <ul className="flex flex-wrap gap-1">
        {accountSections.map((section) => {
          // A request's own page belongs to "Your requests".
          const current = section.href === "/account" ? pathname === section.href : pathname.startsWith(section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={current ? "account-tab account-tab-current" : "account-tab"}
              >
                {section.label}
                <LoadingHint />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function LoadingHint() {
  const { pending } = useLinkStatus();
  return pending ? <span className="ml-2 text-sm font-normal">(loading…)</span> : null;
}
