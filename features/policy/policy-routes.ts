import "server-only";
import { route } from "@/server/boundary";
import { buildPolicyFeed } from "./build-policy-feed";
import { compareHref, feedHref } from "@/lib/policy-links";
import { getPolicyHistory, listPolicyVersionIds } from "./policy-service";

/**
 * The versions page's compare form lands here (a GET, so it works without
 * JavaScript) and is sent on to the comparison's permanent address. A version
 * that does not exist gets a page that says so, with the way back.
 */
export const compareVersionsRoute = route(
  "public",
  async (request) => {
    const params = new URL(request.url).searchParams;
    const from = params.get("from") ?? "";
    const to = params.get("to") ?? "";
    const ids = listPolicyVersionIds();
    if (!ids.includes(from) || !ids.includes(to)) {
      return new Response(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Choose two versions</title>` +
          `<link rel="alternate" type="application/atom+xml" href="${feedHref}" title="Phone.com privacy policy changes"></head><body>` +
          `<h1>Choose two versions to compare</h1><p>We could not find one of the versions you asked for. ` +
          `<a href="/privacy/versions">Pick two versions from the policy history</a>.</p></body></html>`,
        { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } },
      );
    }
    return new Response(null, { status: 303, headers: { Location: compareHref(from, to) } });
  },
  { database: false },
);

/** The Atom feed of policy versions, for readers who want to hear of a change. */
export const policyFeedRoute = route(
  "public",
  async (_request, context) =>
    new Response(buildPolicyFeed(getPolicyHistory(context.now).entries, context.siteUrl), {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
    }),
  // Prerendered at build time: it must not open (or create) the database.
  { database: false },
);
