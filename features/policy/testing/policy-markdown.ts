/** Builds a policy file's text for tests: valid front matter by default, any field overridable or removable. */
export function policyMarkdown(frontMatter: Record<string, string | boolean | undefined>, body: string): string {
  const fields = {
    id: "2020-01-01",
    title: "Privacy Policy",
    published: "2020-01-01",
    effective: "2020-01-01",
    material: false,
    summary: "A test version.",
    ...frontMatter,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
  return `---\n${yaml}\n---\n\n${body}`;
}
