import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkHeadingId from "remark-heading-id";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { matter } from "vfile-matter";
import { policyFrontMatterSchema } from "./front-matter-schema";
import { ALLOWED_CONTAINERS, findContentProblems } from "./find-content-problems";
import { PolicyContentError, type PolicyContentProblem } from "./policy-content-error";
import { policySanitizeSchema } from "./policy-sanitize-schema";
import { PREAMBLE_ID, type PolicyBlock, type PolicySection, type PolicyVersion } from "./policy-types";

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkHeadingId)
  .use(remarkContainerElements);

/** `:::address` … `:::` becomes an <address> element. */
function remarkContainerElements() {
  return (tree: MdastRoot) => {
    visit(tree, "containerDirective", (node) => {
      if (ALLOWED_CONTAINERS.has(node.name)) node.data = { ...node.data, hName: node.name };
    });
  };
}

// Sanitising comes before slugs and permalinks: otherwise the sanitiser would
// prefix or strip the ids they add, and every anchor would break.
const htmlPipeline = unified()
  .use(remarkRehype)
  .use(rehypeSanitize, policySanitizeSchema)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: "append",
    test: ["h2", "h3"],
    properties: (heading: Element) => ({
      className: ["heading-permalink"],
      ariaLabel: `Permalink to “${hastToString(heading)}”`,
    }),
    content: { type: "text", value: "#" },
    // The heading is named by its own words: without this its name would end with the permalink's label, read twice.
    headingProperties: (heading: Element) => ({ ariaLabel: headingText(heading) }),
  });

/**
 * Reads one policy version from its markdown: validates the front matter and
 * the body, and returns the sanitised document with its sections. Throws a
 * PolicyContentError naming the file and line of every problem.
 */
export function parsePolicyVersion(file: string, markdown: string): PolicyVersion {
  const vfile = new VFile({ path: file, value: markdown });
  const problems: PolicyContentProblem[] = [];

  const frontMatter = readFrontMatter(vfile, markdown, problems);
  const mdast = markdownParser.runSync(markdownParser.parse(vfile), vfile) as MdastRoot;
  problems.push(...findContentProblems(file, mdast));

  if (problems.length > 0 || !frontMatter) throw new PolicyContentError(problems);

  const body = htmlPipeline.runSync(mdast, vfile) as HastRoot;
  return { ...frontMatter, file, body, sections: splitIntoSections(body) };
}

function readFrontMatter(vfile: VFile, markdown: string, problems: PolicyContentProblem[]) {
  const file = vfile.path;
  if (!/^---\r?\n/.test(markdown)) {
    problems.push({ file, line: 1, message: "the file must begin with front matter between --- lines" });
    return null;
  }
  try {
    matter(vfile);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    problems.push({ file, line: line + 1, message: `the front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return null;
  }
  const parsed = policyFrontMatterSchema.safeParse(vfile.data.matter);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
    const what = issue.code === "unrecognized_keys" ? `unknown front-matter field "${issue.keys.join('", "')}"` : `front-matter field "${key}" ${issue.message}`;
    problems.push({ file, line: lineOfFrontMatterKey(markdown, key), message: what });
  }
  return null;
}

function lineOfFrontMatterKey(markdown: string, key: string | undefined): number {
  const lines = markdown.split(/\r?\n/);
  const closing = lines.indexOf("---", 1);
  const found = lines.findIndex((text, index) => index > 0 && index < closing && key && text.startsWith(`${key}:`));
  return found === -1 ? 1 : found + 1;
}

/** Cuts the document at each level-2 heading; what comes before the first is the preamble. */
function splitIntoSections(body: HastRoot): PolicySection[] {
  const sections: PolicySection[] = [{ id: PREAMBLE_ID, title: "Introduction", blocks: [] }];
  for (const node of body.children) {
    if (node.type !== "element") continue;
    if (node.tagName === "h2") {
      sections.push({ id: String(node.properties.id), title: headingText(node), blocks: [] });
      continue;
    }
    sections.at(-1)!.blocks.push(...toBlocks(node));
  }
  return sections[0]!.blocks.length === 0 ? sections.slice(1) : sections;
}

function toBlocks(node: Element): PolicyBlock[] {
  switch (node.tagName) {
    case "p":
      return [{ kind: "paragraph", text: normalise(hastToString(node)) }];
    case "ul":
    case "ol":
      return node.children.filter(isElement).flatMap((item) => listItemBlocks(item));
    case "address":
      return [{ kind: "address", text: addressText(node) }];
    case "h3":
    case "h4":
      return [{ kind: "subheading", text: headingText(node) }];
    default:
      return [{ kind: "other", text: normalise(hastToString(node)) }];
  }
}

function listItemBlocks(item: Element): PolicyBlock[] {
  const nested = item.children.filter((child): child is Element => isElement(child) && (child.tagName === "ul" || child.tagName === "ol"));
  const own = { ...item, children: item.children.filter((child) => !nested.includes(child as Element)) };
  return [{ kind: "list-item", text: normalise(hastToString(own)) }, ...nested.flatMap((list) => toBlocks(list))];
}

/** Keeps an address's line breaks, which are part of what it says. */
function addressText(node: Element): string {
  const lines: string[] = [""];
  const walk = (children: ElementContent[]) => {
    for (const child of children) {
      if (child.type === "text") lines[lines.length - 1] += child.value;
      else if (child.type === "element" && child.tagName === "br") lines.push("");
      else if (child.type === "element") walk(child.children);
    }
  };
  walk(node.children);
  return lines.map(normalise).filter(Boolean).join("\n");
}

function headingText(heading: Element): string {
  const withoutPermalink = { ...heading, children: heading.children.filter((c) => !(isElement(c) && c.tagName === "a")) };
  return normalise(hastToString(withoutPermalink));
}

function isElement(node: ElementContent): node is Element {
  return node.type === "element";
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
