"use client";

// A client component with no props only so that the page's RSC payload names it instead of spelling out
// its markup on every dynamic page; its HTML is rendered on the server as before and needs no JavaScript.
import Link from "next/link";
import { siteSections } from "@/content/site";
import { Wordmark } from "./wordmark";

/**
 * The center's header. On narrow screens the sections fold into a native
 * <details> menu, so it works without JavaScript.
 */
export function SiteHeader() {
  const links = siteSections.map((section) => (
    <li key={section.href}>
      <Link href={section.href} className="site-nav-link">
        {section.label}
      </Link>
    </li>
  ));
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-700">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="rounded no-underline">
          <Wordmark />
        </Link>
        <nav aria-label="Main" className="hidden sm:block">
          <ul className="flex gap-1">{links}</ul>
        </nav>
        <details className="group relative sm:hidden">
          {/* A designed button, not the browser's disclosure triangle; still a native <details>, so it opens without JavaScript. */}
          <summary className="site-menu-button">
            <MenuIcon />
            <span>Menu</span>
          </summary>
          <nav aria-label="Main (menu)" className="site-menu-panel">
            <ul>{links}</ul>
          </nav>
        </details>
      </div>
    </header>
  );
}

/** Three bars that turn into a cross while the menu is open (the <details> element's own state). */
function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path className="group-open:hidden" d="M3 5h14M3 10h14M3 15h14" />
      <path className="hidden group-open:block" d="M5 5l10 10M15 5L5 15" />
    </svg>
  );
}
