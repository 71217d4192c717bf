import Link from "next/link";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import type { Redline, RedlineBlock, RedlinePart, RedlineSection } from "../build-redline";
import { compareChangesHref, compareHref, versionHref } from "@/lib/policy-links";
import { Card } from "@/components/ui/card";

const anchorOf = (section: RedlineSection) => `change-${section.id}`;

/** What a reader needs to know about a section's change, in words. */
function describeChange(section: RedlineSection): string {
  const labels: string[] = [];
  if (section.change === "added") labels.push("Added");
  if (section.change === "removed") labels.push("Removed");
  if (section.previousTitle) labels.push(`Renamed (was “${section.previousTitle}”)`);
  if (section.moved) labels.push("Moved");
  if (section.change === "changed" && section.blocks.some((b) => b.change !== "same")) labels.push("Text changed");
  return labels.join(" · ") || "No changes";
}

/** How many unchanged paragraphs stay on either side of a change when only the changes are shown. */
const CONTEXT_BLOCKS = 1;

/**
 * The comparison of two versions. `onlyChanges` leaves out the sections that
 * did not change and, inside the others, the unchanged paragraphs beyond one
 * on either side of a change (it is its own static page, so it works without
 * JavaScript).
 */
export function RedlineView({ redline, onlyChanges = false }: { redline: Redline; onlyChanges?: boolean }) {
  const { from, to, sections, changedSections } = redline;
  const shown = onlyChanges ? sections.filter((section) => section.change !== "unchanged" || section.moved) : sections;
  return (
    <article>
      <h1 className="type-title">
        Changes from version <span className="whitespace-nowrap">{from.id}</span> to version <span className="whitespace-nowrap">{to.id}</span>
      </h1>
      <p className="mt-2">
        <Link className="underline" href={versionHref(from.id)}>
          Version {from.id}
        </Link>{" "}
        (effective <FormattedDate day={from.effective} />) compared with{" "}
        <Link className="underline" href={versionHref(to.id)}>
          version {to.id}
        </Link>{" "}
        (effective <FormattedDate day={to.effective} />).
      </p>
      {from.id === to.id ? (
        <Notice title="You chose the same version twice">
          <p>
            Pick two different versions on the <Link className="underline" href="/privacy/versions">policy history</Link> page to see what changed.
          </p>
        </Notice>
      ) : null}
      <p className="mt-4 text-sm">
        How to read this: inserted words are <ins className="redline-sample">underlined</ins> and deleted words are{" "}
        <del className="redline-sample">struck through</del>; screen readers announce them as “inserted” and “deleted”.
      </p>
      <p className="no-print mt-2">
        {onlyChanges ? (
          <>
            Showing only the changes, with a paragraph around each.{" "}
            <Link className="font-medium underline" href={compareHref(from.id, to.id)}>
              Show the whole text
            </Link>
          </>
        ) : (
          <Link className="font-medium underline" href={compareChangesHref(from.id, to.id)}>
            Show only the changes
          </Link>
        )}
      </p>
      <Card as="nav" aria-labelledby="changed-sections" className="my-6">
        <h2 id="changed-sections" className="type-subsection">
          {changedSections.length === 0 ? "No section changed" : `${changedSections.length} section${changedSections.length === 1 ? "" : "s"} changed`}
        </h2>
        <ul className="mt-2 space-y-1">
          {changedSections.map((section) => (
            <li key={section.id}>
              <a className="underline" href={`#${anchorOf(section)}`}>
                {section.title}
              </a>{" "}
              <span className="text-sm">({describeChange(section)})</span>
            </li>
          ))}
        </ul>
      </Card>
      <div className="redline policy-prose">
        {shown.map((section) => (
          <RedlineSectionView key={`${section.change}-${section.id}`} section={section} onlyChanges={onlyChanges} />
        ))}
      </div>
    </article>
  );
}

function RedlineSectionView({ section, onlyChanges }: { section: RedlineSection; onlyChanges: boolean }) {
  const unchanged = section.change === "unchanged" && !section.moved;
  const body = <RedlineBlocks blocks={onlyChanges ? aroundChanges(section.blocks) : section.blocks} />;
  return (
    <section aria-labelledby={anchorOf(section)}>
      <h2 id={anchorOf(section)}>
        {section.change === "removed" ? <del>{section.title}</del> : section.change === "added" ? <ins>{section.title}</ins> : section.title}
      </h2>
      <p className="text-sm font-medium">{describeChange(section)}</p>
      {unchanged ? (
        <details>
          <summary className="cursor-pointer underline">Show the unchanged text</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </section>
  );
}

/** A run of unchanged paragraphs left out between changes. */
type Gap = { kind: "gap"; count: number };

/** The changed blocks, CONTEXT_BLOCKS unchanged ones on either side, and a gap for each run left out. */
function aroundChanges(blocks: RedlineBlock[]): Array<RedlineBlock | Gap> {
  const near = (index: number) => blocks.some((block, other) => block.change !== "same" && Math.abs(other - index) <= CONTEXT_BLOCKS);
  const output: Array<RedlineBlock | Gap> = [];
  blocks.forEach((block, index) => {
    if (near(index)) output.push(block);
    else {
      const last = output.at(-1);
      if (last?.kind === "gap") last.count += 1;
      else output.push({ kind: "gap", count: 1 });
    }
  });
  return output;
}

/** Blocks in order; consecutive list items share one list. */
function RedlineBlocks({ blocks }: { blocks: Array<RedlineBlock | Gap> }) {
  const output: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "gap") {
      output.push(
        <p key={i} className="text-sm italic text-slate-700 dark:text-slate-300">
          … {block.count} unchanged paragraph{block.count === 1 ? "" : "s"} left out …
        </p>,
      );
    } else if (block.kind === "list-item") {
      const items: RedlineBlock[] = [];
      while (blocks[i]?.kind === "list-item") items.push(blocks[i++] as RedlineBlock);
      i--;
      output.push(
        <ul key={i}>
          {items.map((item, k) => (
            <li key={k}>
              <BlockParts block={item} />
            </li>
          ))}
        </ul>,
      );
    } else if (block.kind === "address") {
      output.push(
        <address key={i} className="whitespace-pre-line">
          <BlockParts block={block} />
        </address>,
      );
    } else if (block.kind === "subheading") {
      output.push(
        <h3 key={i}>
          <BlockParts block={block} />
        </h3>,
      );
    } else {
      output.push(
        <p key={i}>
          <BlockParts block={block} />
        </p>,
      );
    }
  }
  return <>{output}</>;
}

function BlockParts({ block }: { block: RedlineBlock }) {
  return (
    <>
      {block.change === "inserted" ? <span className="mr-1 text-sm font-semibold">[Added]</span> : null}
      {block.change === "deleted" ? <span className="mr-1 text-sm font-semibold">[Removed]</span> : null}
      {block.parts.map((part, k) => (
        <Part key={k} part={part} />
      ))}
    </>
  );
}

function Part({ part }: { part: RedlinePart }) {
  if (part.change === "inserted") {
    return (
      <ins>
        <span className="sr-only">inserted: </span>
        {part.text}
      </ins>
    );
  }
  if (part.change === "deleted") {
    return (
      <del>
        <span className="sr-only">deleted: </span>
        {part.text}
      </del>
    );
  }
  return <>{part.text}</>;
}
