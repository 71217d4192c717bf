import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

type AtomText = string | { "#text": string; "@_type"?: string };
interface AtomLink {
  "@_href": string;
  "@_rel"?: string;
}
interface AtomEntry {
  id: string;
  title: AtomText;
  summary?: AtomText;
  content?: AtomText;
  link: AtomLink[];
  updated: string;
}

const textOf = (value: AtomText | undefined) => (typeof value === "object" ? value["#text"] : (value ?? ""));

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "entry" || name === "link",
});

// Newest first, with the day each was published (an entry is dated by publication, not by its effective day).
const versions = [
  { id: "2027-01-15", published: "2026-11-30" },
  { id: "2026-11-20", published: "2026-11-20" },
  { id: "2019-04-05", published: "2019-04-05" },
];
const versionIds = versions.map((version) => version.id);

test("the policy feed is Atom, with one entry per version linking the version and its redline", async ({ request }) => {
  const response = await request.get("/privacy/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/atom\+xml\b/);

  const xml = await response.text();
  const parsed = parser.parse(xml, true) as { feed?: { "@_xmlns"?: string; id?: string; entry?: AtomEntry[] } };
  expect(parsed.feed, "the document is an Atom <feed>").toBeDefined();
  const feed = parsed.feed!;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toBe("tag:phone.com,2019:privacy-policy");

  const entries = feed.entry ?? [];
  expect(entries).toHaveLength(versionIds.length);
  // Newest first, each named for good by a tag URI that does not depend on the host.
  expect(entries.map((entry) => entry.id)).toEqual(versionIds.map((id) => `tag:phone.com,2019:privacy-policy/${id}`));

  for (const [index, entry] of entries.entries()) {
    const id = versionIds[index]!;
    expect(entry.id.startsWith("tag:phone.com,2019:privacy-policy/")).toBe(true);
    expect(textOf(entry.summary).trim().length, `entry ${id} has a summary`).toBeGreaterThan(20);
    const hrefs = entry.link.map((link) => new URL(link["@_href"]).pathname);
    expect(hrefs, `entry ${id} links to its version`).toContain(`/privacy/versions/${id}`);
    expect(Date.parse(entry.updated)).toBe(Date.parse(`${versions[index]!.published}T00:00:00Z`));
  }

  // The newer entry's content leads to what changed since the version before.
  const newer = entries.find((entry) => entry.id.endsWith("/2026-11-20"))!;
  const contentLinks = [...textOf(newer.content).matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!).pathname);
  expect(contentLinks).toContain("/privacy/compare/2019-04-05...2026-11-20");
  const newest = entries.find((entry) => entry.id.endsWith("/2027-01-15"))!;
  expect([...textOf(newest.content).matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!).pathname)).toContain("/privacy/compare/2026-11-20...2027-01-15");
  const older = entries.find((entry) => entry.id.endsWith("/2019-04-05"))!;
  expect(textOf(older.content)).not.toContain("/privacy/compare/");

  // Fetched again, the ids are the same: a reader never sees an entry twice.
  const again = parser.parse(await (await request.get("/privacy/feed.xml")).text()) as { feed: { entry: AtomEntry[] } };
  expect(again.feed.entry.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
});

const htmlPages = [
  "/",
  "/privacy",
  "/privacy/versions",
  "/privacy/versions/2019-04-05",
  "/privacy/versions/2026-11-20",
  "/privacy/compare/2019-04-05...2026-11-20",
  "/no-such-page",
  "/privacy/compare?from=nope&to=2026-11-20",
];

test.describe("every HTML page advertises the feed", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of htmlPages) {
    test(`${path} links the feed in its head`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.headers()["content-type"]).toMatch(/^text\/html\b/);
      const feedLink = page.locator('head > link[rel="alternate"][type="application/atom+xml"]');
      await expect(feedLink).toHaveCount(1);
      await expect(feedLink).toHaveAttribute("href", "/privacy/feed.xml");
    });
  }
});
