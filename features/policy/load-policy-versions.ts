import fs from "node:fs";
import path from "node:path";
import { parsePolicyVersion } from "./parse-policy-version";
import { PolicyContentError, type PolicyContentProblem } from "./policy-content-error";
import type { PolicyVersion } from "./policy-types";

/**
 * Reads every `*.md` in the folder as a policy version, oldest first (by
 * effective date, then published date). Problems in all files are collected
 * and thrown together, so one build run shows everything to fix.
 */
export function loadPolicyVersions(directory: string): PolicyVersion[] {
  const files = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();
  const problems: PolicyContentProblem[] = [];
  const versions: PolicyVersion[] = [];
  const firstFileById = new Map<string, string>();

  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(directory, name)) || name;
    try {
      const version = parsePolicyVersion(file, fs.readFileSync(path.join(directory, name), "utf8"));
      const earlier = firstFileById.get(version.id);
      if (earlier) problems.push({ file, line: 2, message: `version id "${version.id}" is already used by ${earlier}` });
      else firstFileById.set(version.id, file);
      versions.push(version);
    } catch (error) {
      if (!(error instanceof PolicyContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (versions.length === 0 && problems.length === 0) {
    problems.push({ file: path.relative(process.cwd(), directory) || directory, line: 0, message: "holds no policy version (*.md)" });
  }
  if (problems.length > 0) throw new PolicyContentError(problems);
  return versions.sort((a, b) => a.effective.localeCompare(b.effective) || a.published.localeCompare(b.published));
}
