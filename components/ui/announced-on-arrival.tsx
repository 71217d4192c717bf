"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * What a page says first after the reader's own form brought them there (a
 * request just made): a status that takes focus when the page arrives, so
 * keyboard and screen reader users start from it rather than from the top of
 * the document. Without JavaScript the page loads afresh and is read from the
 * top, where this sits.
 */
export function AnnouncedOnArrival({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className="focus:outline-none">
      {children}
    </div>
  );
}
