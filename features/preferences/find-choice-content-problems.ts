import type { Choice, PolicyReference } from "@/content/choices";

/** A policy version as far as the choices' links and quotes are concerned. */
export interface QuotablePolicyVersion {
  id: string;
  /** "current" or "upcoming": the versions a link from the choices page may land in. */
  status: string;
  sections: readonly { id: string; blocks: readonly { text: string }[] }[];
}

export interface ChoiceContent {
  choices: readonly Choice[];
  globalPrivacyControlPolicy: PolicyReference;
  requiredEmail: { title: string; reason: string; policy: PolicyReference };
  /** The notices that cannot be turned off, and the CPNI notice: their links are checked too. */
  requiredNotices?: readonly { title: string; policy: PolicyReference }[];
  cpniNotice?: { title: string; policy: PolicyReference };
}

/**
 * What in content/choices.ts would mislead a customer: a link to a policy
 * section that does not exist, a key used twice (consent records are filed by
 * key), an opt-in choice that starts out on (that would be no opt-in at all), or
 * a "reason" for required email that the policy no longer says. Upcoming
 * versions count too: they take over on their effective date without a build.
 */
export function findChoiceContentProblems(content: ChoiceContent, versions: readonly QuotablePolicyVersion[]): string[] {
  const problems: string[] = [];
  const links: { from: string; policy: PolicyReference }[] = [
    ...content.choices.map((choice) => ({ from: `choice "${choice.title}"`, policy: choice.policy })),
    { from: "the Global Privacy Control notice", policy: content.globalPrivacyControlPolicy },
    { from: `"${content.requiredEmail.title}"`, policy: content.requiredEmail.policy },
    ...(content.requiredNotices ?? []).map((notice) => ({ from: `the required notice "${notice.title}"`, policy: notice.policy })),
    ...(content.cpniNotice ? [{ from: "the CPNI notice", policy: content.cpniNotice.policy }] : []),
  ];
  for (const { from, policy } of links) {
    for (const version of versions) {
      if (!version.sections.some((section) => section.id === policy.anchor)) {
        problems.push(`${from} links to "#${policy.anchor}", but the ${version.status} policy (${version.id}) has no section with that anchor`);
      }
    }
  }

  const seen = new Set<string>();
  for (const choice of content.choices) {
    if (seen.has(choice.key)) problems.push(`choice key "${choice.key}" is used twice`);
    seen.add(choice.key);
    if (choice.approval === "opt-in" && choice.defaultValue) problems.push(`choice "${choice.title}" is opt-in, so it must default to off`);
  }

  const reason = normalise(content.requiredEmail.reason);
  for (const version of versions) {
    const section = version.sections.find((candidate) => candidate.id === content.requiredEmail.policy.anchor);
    if (section && !section.blocks.some((block) => normalise(block.text).includes(reason))) {
      problems.push(`the reason given for "${content.requiredEmail.title}" is not quoted from the ${version.status} policy (${version.id}): "${content.requiredEmail.reason}"`);
    }
  }
  return problems;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
