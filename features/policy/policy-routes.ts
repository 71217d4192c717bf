import "server-only";
import { route } from "@/server/boundary";
import { buildPolicyFeed } from "./build-policy-feed";
import { chooseVersionsHref, compareHref } from "@/lib/policy-links";
import { getPolicyHistory, listPolicyVersionIds } from "./policy-service";

/**
 * The versions page's compare form lands here (a GET, so it works without
 * JavaScript) and is sent on to the comparison's permanent address. A version
 * that does not exist is sent to the form again, on a page that says so
 * (components/choose-versions-page.tsx), answered 400.
 */
export const compareVersionsRoute = route(
  "public",
  async (request) => {
    const params = new URL(request.url).searchParams;
    const from = params.get("from") ?? "";
    const to = params.get("to") ?? "";
    const ids = listPolicyVersionIds();
    if (!ids.includes(from) || !ids.includes(to)) {
      // The form again, saying which version does not exist (a whole page, which a route handler cannot render).
      const choose = new URL(chooseVersionsHref, request.url);
      choose.search = new URLSearchParams({ from: from.slice(0, 40), to: to.slice(0, 40) }).toString();
      return new Response(null, { status: 303, headers: { Location: `${choose.pathname}${choose.search}` } });
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
