/** Addresses of the policy pages; one place so links, forms and the feed agree. */
export const policyHref = "/privacy";
export const versionsHref = "/privacy/versions";
export const feedHref = "/privacy/feed.xml";

export function versionHref(id: string): string {
  return `/privacy/versions/${id}`;
}

export function compareHref(fromId: string, toId: string): string {
  return `/privacy/compare/${fromId}...${toId}`;
}

/** The same comparison showing only what changed, with a paragraph of context on either side. */
export function compareChangesHref(fromId: string, toId: string): string {
  return `${compareHref(fromId, toId)}/changes`;
}

/** Splits "old...new" from a compare address; null when it is not one. */
export function parseCompareRange(range: string): { fromId: string; toId: string } | null {
  const match = /^([a-z0-9-]+)\.\.\.([a-z0-9-]+)$/.exec(decodeURIComponent(range));
  return match ? { fromId: match[1]!, toId: match[2]! } : null;
}

/** Where the compare form sends a choice it cannot show (a version that does not exist): the form again, saying why. */
export const chooseVersionsHref = "/privacy/compare/choose";
