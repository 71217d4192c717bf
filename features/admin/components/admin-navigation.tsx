"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/admin", label: "Request queue" },
  { href: "/admin/requests/new", label: "Record a request" },
  { href: "/admin/cpni-notices", label: "CPNI notices to post" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/metrics", label: "Metrics" },
] as const;

type SectionHref = (typeof sections)[number]["href"];

/** A request's own page belongs to the queue: the queue is marked as the section you are in, not as the page. */
function currentness(href: SectionHref, pathname: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  const requestPage = pathname.startsWith("/admin/requests/") && pathname !== "/admin/requests/new";
  return href === "/admin" && requestPage ? "true" : undefined;
}

/**
 * The console's menu, in its header. The page you are on is marked for
 * everyone: aria-current, and a bar under it that does not rely on colour.
 * The address is known while the page renders on the server, so it needs no JavaScript.
 */
export function AdminNavigation() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {sections.map((section) => {
          const current = currentness(section.href, pathname);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current}
                className={`block border-b-4 px-3 py-2 hover:bg-slate-100 hover:underline dark:hover:bg-slate-800 ${current ? "border-brand-700 font-semibold dark:border-brand-300" : "border-transparent"}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
