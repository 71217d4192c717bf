import type { DataCategory } from "@/content/data-categories";

/** A policy version as far as links into it are concerned. */
export interface LinkablePolicyVersion {
  id: string;
  /** "current" or "upcoming": the versions a link on the dashboard may land in. */
  status: string;
  sectionIds: readonly string[];
}

/**
 * Every link from a data category to a policy section that would land nowhere.
 * Upcoming versions count too: they become current on their effective date,
 * without a new build, and the links must still work then.
 */
export function findCategoryAnchorProblems(categories: readonly DataCategory[], versions: readonly LinkablePolicyVersion[]): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  for (const category of categories) {
    if (seenIds.has(category.id)) problems.push(`category "${category.id}" is defined twice`);
    seenIds.add(category.id);
    for (const reference of [category.policy, ...(category.relatedPolicy ?? [])]) {
      for (const version of versions) {
        if (!version.sectionIds.includes(reference.anchor)) {
          problems.push(
            `category "${category.title}" links to "#${reference.anchor}", but the ${version.status} policy (${version.id}) has no section with that anchor`,
          );
        }
      }
    }
  }
  return problems;
}
