declare module "remark-heading-id" {
  import type { Plugin } from "unified";
  import type { Root } from "mdast";
  /** Reads `{#anchor}` at the end of a heading into the heading's id. */
  const remarkHeadingId: Plugin<[{ defaults?: boolean }?], Root>;
  export default remarkHeadingId;
}
