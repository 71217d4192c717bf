import fs from "node:fs";
import path from "node:path";

export interface PublishedVersion {
  id: string;
  effective: string;
  summary: string;
}

/**
 * The versions in content/policy, read from their front matter, so a journey
 * that names "the version in force" stays true when an upcoming version takes
 * effect (the server decides by the same dates, per request). Only the front
 * matter's three lines are read: the e2e process loads nothing of features/,
 * so the markdown pipeline (features/policy/load-policy-versions.ts) stays out.
 */
export function publishedVersions(): PublishedVersion[] {
  const folder = path.resolve("content/policy");
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".md"))
    .map((file) => {
      const text = fs.readFileSync(path.join(folder, file), "utf8");
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(text)?.[1]?.trim() ?? "";
      return { id: field("id"), effective: field("effective"), summary: field("summary") };
    })
    .sort((a, b) => a.effective.localeCompare(b.effective));
}

/** The version in force today (UTC days, as the policy pages count them). */
export function versionInForce(now = new Date()): PublishedVersion {
  const today = now.toISOString().slice(0, 10);
  const effective = publishedVersions().filter((version) => version.effective <= today);
  return effective.at(-1)!;
}
