import type { Root } from "hast";
import type { PolicyFrontMatter } from "./front-matter-schema";

/** A block of a section, reduced to its words: the unit the redline pairs and diffs. */
export interface PolicyBlock {
  kind: "paragraph" | "list-item" | "address" | "subheading" | "other";
  text: string;
}

export interface PolicySection {
  /** The authored anchor (`{#cpni}`); the text before the first heading is the "preamble". */
  id: string;
  title: string;
  blocks: PolicyBlock[];
}

export interface PolicyVersion extends PolicyFrontMatter {
  /** Path of the source file relative to the working directory, for messages. */
  file: string;
  /** The sanitised document, headings carrying their anchors and permalinks. */
  body: Root;
  sections: PolicySection[];
}

export const PREAMBLE_ID = "preamble";
