import { diffArrays, diffWords } from "diff";
import type { PolicyBlock, PolicySection, PolicyVersion } from "./policy-types";

export type TextChange = "same" | "inserted" | "deleted";

export interface RedlinePart {
  change: TextChange;
  text: string;
}

export interface RedlineBlock {
  kind: PolicyBlock["kind"];
  /** "changed": a block present in both versions whose words differ. */
  change: TextChange | "changed";
  parts: RedlinePart[];
}

export interface RedlineSection {
  id: string;
  title: string;
  /** Set when the heading was reworded (the anchor stayed). */
  previousTitle: string | null;
  change: "unchanged" | "changed" | "added" | "removed";
  /** The section stands elsewhere in the order than it did. */
  moved: boolean;
  blocks: RedlineBlock[];
}

export interface Redline {
  from: PolicyVersion;
  to: PolicyVersion;
  sections: RedlineSection[];
  /** The sections that differ in any way, in reading order: the list at the top. */
  changedSections: RedlineSection[];
}

/**
 * Compares two versions section by section. Sections are paired by anchor, so a
 * reworded heading is a rename, not a removal plus an addition; inside a pair,
 * blocks are paired in order and words diffed inside paired blocks.
 */
export function buildRedline(from: PolicyVersion, to: PolicyVersion): Redline {
  const oldById = new Map(from.sections.map((s) => [s.id, s]));
  const newIds = new Set(to.sections.map((s) => s.id));
  const moved = findMovedSectionIds(from.sections, to.sections);

  const sections: RedlineSection[] = [];
  const placeRemovedAfter = removedSectionsByPredecessor(from.sections, newIds, moved);
  sections.push(...(placeRemovedAfter.get(null) ?? []));
  for (const section of to.sections) {
    const old = oldById.get(section.id);
    sections.push(old ? compareSection(old, section, moved.has(section.id)) : wholeSection(section, "added"));
    sections.push(...(placeRemovedAfter.get(section.id) ?? []));
  }
  return { from, to, sections, changedSections: sections.filter((s) => s.change !== "unchanged" || s.moved) };
}

function compareSection(old: PolicySection, section: PolicySection, moved: boolean): RedlineSection {
  const blocks = compareBlocks(old.blocks, section.blocks);
  const renamed = old.title !== section.title;
  const changed = renamed || blocks.some((block) => block.change !== "same");
  return {
    id: section.id,
    title: section.title,
    previousTitle: renamed ? old.title : null,
    change: changed ? "changed" : "unchanged",
    moved,
    blocks,
  };
}

function wholeSection(section: PolicySection, change: "added" | "removed"): RedlineSection {
  const textChange: TextChange = change === "added" ? "inserted" : "deleted";
  return {
    id: section.id,
    title: section.title,
    previousTitle: null,
    change,
    moved: false,
    blocks: section.blocks.map((block) => ({ kind: block.kind, change: textChange, parts: [{ change: textChange, text: block.text }] })),
  };
}

/** Pairs blocks by their text; a run of removed blocks next to a run of added ones is a set of edits. */
function compareBlocks(oldBlocks: PolicyBlock[], newBlocks: PolicyBlock[]): RedlineBlock[] {
  const result: RedlineBlock[] = [];
  const chunks = diffArrays(oldBlocks, newBlocks, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (!chunk.added && !chunk.removed) {
      result.push(...chunk.value.map((block) => unchangedBlock(block)));
      continue;
    }
    const next = chunks[i + 1];
    const removed = chunk.removed ? chunk.value : [];
    const added = chunk.removed && next?.added ? next.value : chunk.added ? chunk.value : [];
    if (chunk.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) result.push(editedBlock(removed[k]!, added[k]!));
    result.push(...removed.slice(paired).map((block) => singleBlock(block, "deleted")));
    result.push(...added.slice(paired).map((block) => singleBlock(block, "inserted")));
  }
  return result;
}

function unchangedBlock(block: PolicyBlock): RedlineBlock {
  return { kind: block.kind, change: "same", parts: [{ change: "same", text: block.text }] };
}

function singleBlock(block: PolicyBlock, change: "inserted" | "deleted"): RedlineBlock {
  return { kind: block.kind, change, parts: [{ change, text: block.text }] };
}

function editedBlock(old: PolicyBlock, block: PolicyBlock): RedlineBlock {
  const parts = diffWords(old.text, block.text).map(
    (part): RedlinePart => ({ change: part.added ? "inserted" : part.removed ? "deleted" : "same", text: part.value }),
  );
  return { kind: block.kind, change: "changed", parts };
}

/**
 * A section has moved when it is not part of the longest run of sections that
 * kept their relative order (so one section moving does not mark its neighbours).
 */
function findMovedSectionIds(oldSections: PolicySection[], newSections: PolicySection[]): Set<string> {
  const oldIds = new Set(oldSections.map((s) => s.id));
  const newIds = new Set(newSections.map((s) => s.id));
  const oldOrder = oldSections.map((s) => s.id).filter((id) => newIds.has(id));
  const newOrder = newSections.map((s) => s.id).filter((id) => oldIds.has(id));
  return new Set(diffArrays(oldOrder, newOrder).flatMap((chunk) => (chunk.added ? chunk.value : [])));
}

/**
 * Removed sections are shown where they used to be: after the section that
 * preceded them, not counting sections that have since moved away.
 */
function removedSectionsByPredecessor(oldSections: PolicySection[], newIds: Set<string>, moved: Set<string>) {
  const byPredecessor = new Map<string | null, RedlineSection[]>();
  let predecessor: string | null = null;
  for (const section of oldSections) {
    if (newIds.has(section.id)) {
      if (!moved.has(section.id)) predecessor = section.id;
      continue;
    }
    const list = byPredecessor.get(predecessor) ?? [];
    list.push(wholeSection(section, "removed"));
    byPredecessor.set(predecessor, list);
  }
  return byPredecessor;
}
