import Link from "next/link";
import { site, siteSections } from "@/content/site";

/**
 * The center's header. On narrow screens the sections fold into a native
 * <details> menu, so it works without JavaScript.
 */
export function SiteHeader() {
  const links = siteSections.map((section) => (
    <li key={section.href}>
      <Link href={section.href} className="block rounded px-3 py-2 hover:bg-slate-100 hover:underline dark:hover:bg-slate-800">
        {section.label}
      </Link>
    </li>
  ));
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-700">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold">
          {site.companyName} <span className="font-normal">{site.centerName}</span>
        </Link>
        <nav aria-label="Main" className="hidden sm:block">
          <ul className="flex gap-1">{links}</ul>
        </nav>
        <details className="relative sm:hidden">
          <summary className="cursor-pointer rounded border border-slate-300 px-3 py-1 dark:border-slate-600">Menu</summary>
          <nav aria-label="Main (menu)" className="absolute right-0 z-10 mt-2 w-56 rounded border border-slate-200 bg-white p-2 shadow dark:border-slate-700 dark:bg-slate-900">
            <ul>{links}</ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
