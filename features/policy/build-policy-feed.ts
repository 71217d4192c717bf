import { Feed } from "feed";
import { site } from "@/content/site";
import { compareHref, feedHref, policyHref, versionHref } from "@/lib/policy-links";
import type { TimelineEntry } from "./policy-timeline";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A tag URI names an entry for good, whatever host serves the feed. */
const entryId = (versionId: string) => `tag:phone.com,2019:privacy-policy/${versionId}`;

/** The Atom feed: one entry per version, newest first, linking the version and its redline. */
export function buildPolicyFeed(entries: TimelineEntry[], siteUrl: string): string {
  const newestFirst = [...entries].reverse();
  const feed = new Feed({
    id: "tag:phone.com,2019:privacy-policy",
    title: `${site.companyName} privacy policy`,
    description: `Every published version of ${site.companyName}'s privacy policy.`,
    link: `${siteUrl}${policyHref}`,
    language: "en",
    feedLinks: { atom: `${siteUrl}${feedHref}` },
    updated: new Date(`${newestFirst[0]?.version.published ?? "1970-01-01"}T00:00:00Z`),
    copyright: `© ${site.legalName}`,
    generator: false,
  });
  for (const { version, previous } of newestFirst) {
    const versionUrl = `${siteUrl}${versionHref(version.id)}`;
    const links = [`<a href="${versionUrl}">Read version ${version.id}</a>`];
    if (previous) links.push(`<a href="${siteUrl}${compareHref(previous.id, version.id)}">See what changed since version ${previous.id}</a>`);
    feed.addItem({
      id: entryId(version.id),
      title: `Privacy policy version ${version.id} (effective ${version.effective})`,
      link: versionUrl,
      date: new Date(`${version.published}T00:00:00Z`),
      published: new Date(`${version.published}T00:00:00Z`),
      description: escapeHtml(version.summary),
      content: `<p>${escapeHtml(version.summary)}</p><p>Effective ${version.effective}.</p><p>${links.join(" · ")}</p>`,
    });
  }
  return feed.atom1();
}
