"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { type DataCategoryId, dataCategories, type Statement, statementText } from "@/content/data-categories";
import { formatDay } from "@/lib/dates";
import { policyHref, versionsHref } from "@/lib/policy-links";
import "./your-information.css";

const sectionHref = (anchor: string) => `${policyHref}#${anchor}`;

/**
 * One category of information: what we hold (the children), why, with whom it
 * may be shared, how long it is kept, and the policy section that governs it.
 * While the version that the retention passages and the new statements quote
 * is upcoming (`newestVersionTakesEffect`), each of them says so.
 *
 * A client component named by the category's id: its words are the same for
 * every customer, so they come once in the cached script instead of twice in
 * every page (its HTML and its RSC payload); only what is held (the children)
 * is the customer's own.
 */
export function CategoryCard({ categoryId, newestVersionTakesEffect = null, children }: { categoryId: DataCategoryId; newestVersionTakesEffect?: string | null; children: ReactNode }) {
  const category = dataCategories.find((each) => each.id === categoryId);
  if (!category) throw new Error(`Unknown data category "${categoryId}"`);
  const headingId = `${category.id}-heading`;
  return (
    <section id={category.id} aria-labelledby={headingId} className="category-card">
      <h2 id={headingId} className="type-section">
        {category.title}
      </h2>
      <p className="mt-1 max-w-prose quiet">{category.description}</p>

      <h3 className="mt-4 type-subsection">What we hold about you</h3>
      <div className="mt-2">{children}</div>

      <dl className="category-facts">
        <dt>Why we hold it</dt>
        <dd>
          <StatementList items={category.purposes} newestVersionTakesEffect={newestVersionTakesEffect} />
        </dd>
        <dt>Who it may be shared with</dt>
        <dd>
          <StatementList items={category.sharedWith} newestVersionTakesEffect={newestVersionTakesEffect} />
        </dd>
        <dt>How long we keep it</dt>
        <dd>
          {category.retention}
          {newestVersionTakesEffect ? (
            <UpcomingSource takesEffect={newestVersionTakesEffect} inForceSays="the one in force states no period." />
          ) : null}
        </dd>
      </dl>

      <p className="mt-4">
        <Link className="strong-link" href={sectionHref(category.policy.anchor)}>
          {`Read the policy section “${category.policy.label}”`}
        </Link>
        {category.relatedPolicy && category.relatedPolicy.length > 0 ? (
          <>
            {" "}
            <span className="quiet">(see also </span>
            {category.relatedPolicy.map((reference, index) => (
              <span key={reference.anchor}>
                {index > 0 ? ", " : null}
                <Link className="underline" href={sectionHref(reference.anchor)}>
                  {reference.label}
                </Link>
              </span>
            ))}
            <span className="quiet">)</span>
          </>
        ) : null}
      </p>
    </section>
  );
}

/** Where a passage comes from, when that is a version not yet in force. */
function UpcomingSource({ takesEffect, inForceSays }: { takesEffect: string; inForceSays: string }) {
  // Whole strings, not text next to text, so React writes no separator comments between them; the look is named
  // once in your-information.css (.upcoming-source), as the page carries a dozen of these.
  return (
    <span className="upcoming-source">
      {"From our "}
      <Link href={versionsHref}>{`privacy policy taking effect on ${formatDay(takesEffect)}`}</Link>
      {`; ${inForceSays}`}
    </span>
  );
}

function StatementItem({ statement, newestVersionTakesEffect }: { statement: Statement; newestVersionTakesEffect: string | null }) {
  return (
    <>
      {statementText(statement)}
      {typeof statement !== "string" && newestVersionTakesEffect ? <UpcomingSource takesEffect={newestVersionTakesEffect} inForceSays="the one in force does not say it." /> : null}
    </>
  );
}

function StatementList({ items, newestVersionTakesEffect = null }: { items: readonly Statement[]; newestVersionTakesEffect?: string | null }) {
  if (items.length === 1) {
    return (
      <p>
        <StatementItem statement={items[0]!} newestVersionTakesEffect={newestVersionTakesEffect} />
      </p>
    );
  }
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={statementText(item)}>
          <StatementItem statement={item} newestVersionTakesEffect={newestVersionTakesEffect} />
        </li>
      ))}
    </ul>
  );
}
