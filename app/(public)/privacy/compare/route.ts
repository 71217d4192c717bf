import { compareHref, feedHref } from "@/features/policy/policy-links";
import { listPolicyVersionIds } from "@/features/policy/policy-service";

/**
 * The versions page's compare form lands here (a GET, so it works without
 * JavaScript) and is sent on to the comparison's permanent address.
 */
export function GET(request: Request) {
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
}
