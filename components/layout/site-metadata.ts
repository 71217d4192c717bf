import { site } from "@/content/site";

/** What every page's head says about the site: the root layout's metadata, and the static policy site's heads. */
export const siteTitle = `${site.companyName} ${site.centerName}`;
export const siteDescription = `Read ${site.companyName}'s privacy policy and every earlier version, and see exactly what changed.`;
export const siteFeedTitle = `${site.companyName} privacy policy changes`;
export const siteThemeColors = [
  { media: "(prefers-color-scheme: light)", color: "#ffffff" },
  { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
];

export function pageTitle(title: string): string {
  return `${title} · ${siteTitle}`;
}
