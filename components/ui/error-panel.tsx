"use client";

import { buttonClass } from "./button-styles";
import { usePathname, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";

type ErrorPanelProps = {
  /** The page's heading: what failed, in the reader's terms. */
  title: string;
  /** What happened and what to do, in our words; never the error's own message. */
  children: ReactNode;
  /** Next.js's retry(): fetches and renders the failed segment again. */
  retry: () => void;
  /** Where the plain link leads; by default it loads the current address afresh. */
  link?: { href: string; label: string };
};

/**
 * What every error boundary shows: a heading, our explanation, a "Try again"
 * button and a plain link. The link is an ordinary <a>, not next/link: it asks
 * the server for a whole new page, so it works whatever state the client router
 * is in, and without JavaScript (global-error is also served as the static 500
 * page). The button needs JavaScript, so it is hidden where scripting is off.
 */
export function ErrorPanel({ title, children, retry, link }: ErrorPanelProps) {
  return (
    <>
      <h1 className="type-title">{title}</h1>
      <p className="mt-4 max-w-prose">{children}</p>
      <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <button
          type="button"
          onClick={() => retry()}
          className={`${buttonClass("primary")} noscript:hidden`}
        >
          Try again
        </button>
        {link ? (
          <a className="underline" href={link.href}>
            {link.label}
          </a>
        ) : (
          <ReloadLink />
        )}
      </p>
    </>
  );
}

/** The address that failed, query included: a reset link's token or a request's key must survive the reload. */
function ReloadLink() {
  // Never null under the app router; checked anyway, since an error page must not fail itself.
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  return (
    <a className="underline" href={query ? `${pathname}?${query}` : pathname}>
      Reload this page
    </a>
  );
}
