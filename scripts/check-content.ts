/**
 * Validates the content before a build: the policy files, and the data
 * categories' and choices' links into the policy. Prints every problem and exits non-zero
 * so the build stops.
 */
import path from "node:path";
import * as choiceContent from "../content/choices";
import { dataCategories } from "../content/data-categories";
import { findCategoryAnchorProblems } from "../features/dashboard/find-category-anchor-problems";
import { findChoiceContentProblems } from "../features/preferences/find-choice-content-problems";
import { loadPolicyVersions } from "../features/policy/load-policy-versions";
import { PolicyContentError } from "../features/policy/policy-content-error";
import { buildTimeline, isoDay } from "../features/policy/policy-timeline";

function failIfAny(file: string, problems: string[]) {
  if (problems.length === 0) return;
  console.error(`${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}

const directory = path.resolve(process.env.POLICY_CONTENT_DIR ?? path.join(process.cwd(), "content", "policy"));

try {
  const versions = loadPolicyVersions(directory);
  console.log(`Policy content OK: ${versions.length} versions (${versions.map((v) => v.id).join(", ")}).`);

  // Categories and choices must link to sections of the policy in force and of any upcoming version,
  // which becomes current on its effective day without a new build.
  const inForceOrUpcoming = buildTimeline(versions, isoDay(new Date())).filter((entry) => entry.status !== "superseded");

  const categoryProblems = findCategoryAnchorProblems(
    dataCategories,
    inForceOrUpcoming.map((entry) => ({ id: entry.version.id, status: entry.status, sectionIds: entry.version.sections.map((section) => section.id) })),
  );
  failIfAny("content/data-categories.ts", categoryProblems);
  console.log(`Data categories OK: ${dataCategories.length} categories link to sections of the policy in force.`);

  const choiceProblems = findChoiceContentProblems(choiceContent, inForceOrUpcoming.map((entry) => ({ ...entry.version, status: entry.status })));
  failIfAny("content/choices.ts", choiceProblems);
  console.log(`Choices OK: ${choiceContent.choices.length} choices link to sections of the policy in force.`);
} catch (error) {
  if (!(error instanceof PolicyContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
