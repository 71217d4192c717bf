import type { Heading, Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { PolicyContentProblem } from "./policy-content-error";

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ALLOWED_CONTAINERS = new Set(["address"]);

/**
 * What would make a version unsafe or broken to publish: raw HTML, headings
 * without a stable anchor, the same anchor twice, links to anchors that do not
 * exist, directives the renderer does not know, and remote images.
 */
export function findContentProblems(file: string, tree: Root): PolicyContentProblem[] {
  const problems: PolicyContentProblem[] = [];
  const report = (node: Nodes, message: string) => problems.push({ file, line: node.position?.start.line ?? 1, message });
  const anchors = new Map<string, number>();
  const anchorLinks: { node: Nodes; anchor: string }[] = [];

  visit(tree, (node) => {
    switch (node.type) {
      case "html":
        report(node, `raw HTML is not allowed in policy markdown (found ${JSON.stringify(node.value.slice(0, 40))})`);
        break;
      case "heading":
        checkHeading(node, anchors, report);
        break;
      case "link":
      case "definition":
        if (node.url.startsWith("#")) anchorLinks.push({ node, anchor: decodeURIComponent(node.url.slice(1)) });
        break;
      case "image":
        report(node, "images are not allowed in the policy (they would be fetched from elsewhere)");
        break;
      case "containerDirective":
        if (!ALLOWED_CONTAINERS.has(node.name)) report(node, `unknown block ":::${node.name}" (only :::address is supported)`);
        break;
      case "leafDirective":
      case "textDirective":
        report(node, `unknown directive ":${node.name}" (write "\\:" for a literal colon)`);
        break;
    }
  });

  for (const { node, anchor } of anchorLinks) {
    if (!anchors.has(anchor)) report(node, `link to "#${anchor}", but no section of this version has that anchor`);
  }
  return problems;
}

function checkHeading(node: Heading, anchors: Map<string, number>, report: (node: Nodes, message: string) => void) {
  if (node.depth === 1) {
    report(node, "do not write a level-1 heading: the page shows the version's title");
    return;
  }
  const id = (node.data as { id?: string } | undefined)?.id;
  if (!id) {
    if (node.depth === 2) report(node, "section heading has no anchor: end it with {#an-anchor}");
    return;
  }
  if (!ANCHOR.test(id)) {
    report(node, `anchor "{#${id}}" may hold only lower-case letters, digits and single hyphens`);
    return;
  }
  const line = node.position?.start.line ?? 1;
  const first = anchors.get(id);
  if (first !== undefined) report(node, `duplicate section anchor "#${id}" (first used on line ${first})`);
  else anchors.set(id, line);
}
