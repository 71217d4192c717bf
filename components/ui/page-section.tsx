import type { ReactNode } from "react";

/**
 * A section of a page under its own second-level heading, which names it for
 * assistive technology (aria-labelledby `${id}-heading`, so a form inside can
 * name itself by the same heading).
 */
export function PageSection({ id, title, className = "mt-8", children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="type-section">
        {title}
      </h2>
      {children}
    </section>
  );
}
