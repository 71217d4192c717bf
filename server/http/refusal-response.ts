import { site } from "@/content/site";

/** Why a request was refused, in the center's words: never anything the request itself carried. */
export interface Refusal {
  status: number;
  title: string;
  message: string;
}

const siteName = `${site.companyName} ${site.centerName}`;

/**
 * The answer proxy.ts gives when it refuses a request before the app sees it:
 * a page for a browser (a form posted without JavaScript), JSON for a client
 * that asks for it, plain text for everything else (React's own action calls,
 * scripts). The proxy answers before any React renders, so the page is a small
 * one of its own rather than the site's layout; next.config.js's security
 * headers are added to it by Next.js like to every other response.
 */
export function refusalResponse(request: Request, refusal: Refusal): Response {
  const accept = request.headers.get("accept") ?? "";
  const headers = { "cache-control": "no-store" };
  if (accept.includes("text/html")) {
    return new Response(refusalPage(refusal), { status: refusal.status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  }
  if (accept.includes("application/json")) {
    return Response.json({ message: refusal.message }, { status: refusal.status, headers });
  }
  return new Response(`${refusal.message}\n`, { status: refusal.status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

// Every value is one of this file's constants or the proxy's own messages, so nothing needs escaping.
function refusalPage({ title, message }: Refusal): string {
  const admin = site.privacyAdministrator;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${title} · ${siteName}</title></head>` +
    `<body>` +
    `<header><a href="/"><strong>${site.companyName}</strong> ${site.centerName}</a></header>` +
    `<main><h1>${title}</h1><p>${message}</p>` +
    `<p>Go to the <a href="/">${site.centerName}</a> or read the <a href="/privacy">privacy policy</a>. ` +
    `If this keeps happening, email our ${admin.title} at <a href="mailto:${admin.email}">${admin.email}</a>.</p></main>` +
    `</body></html>`
  );
}
