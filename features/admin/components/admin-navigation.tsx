import Link from "next/link";

const sections = [
  { href: "/admin", label: "Request queue" },
  { href: "/admin/requests/new", label: "Record a request" },
  { href: "/admin/cpni-notices", label: "CPNI notices to post" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/metrics", label: "Metrics" },
] as const;

export function AdminNavigation({ current }: { current: (typeof sections)[number]["href"] }) {
  return (
    <nav aria-label="Console" className="mb-6">
      <ul className="flex gap-4">
        {sections.map((section) => (
          <li key={section.href}>
            <Link className="underline" href={section.href} aria-current={section.href === current ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
