import "server-only";
import { route } from "@/server/boundary";
import { mailingListChoice } from "./mailing-lists";
import { confirmationPath } from "./promotional-email";
import { oneClickBodySchema } from "./schemas";
import { unsubscribeWithToken } from "./service";
import { logger } from "@/server/log/logger.mjs";

/**
 * /api/unsubscribe/<token>, the address in List-Unsubscribe.
 *
 * POST is the one-click opt-out (RFC 8058): mail providers send it without
 * cookies or sign-in, so the signed token is the only authority. It answers
 * 200 at once; a bad token or body is a 4xx, never a 500.
 *
 * GET is a person (or a link scanner) following the address: it never opts
 * out, it redirects to the page that asks first.
 *
 * Both are public routes of server/boundary: no session is read.
 */

/** Bodies are a few bytes; refuse anything larger before reading it. */
const MAX_BODY_BYTES = 16 * 1024;

function answer(text: string, status: number): Response {
  return new Response(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** The posted fields, form-urlencoded (or without a type) or multipart; null when the body cannot be read. */
async function readForm(request: Request): Promise<Record<string, unknown> | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return null;
  try {
    const type = request.headers.get("content-type") ?? "";
    if (type.toLowerCase().startsWith("multipart/form-data")) {
      return Object.fromEntries(await request.formData());
    }
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return null;
    return Object.fromEntries(new URLSearchParams(text.trim()));
  } catch {
    return null;
  }
}

type Params = { token: string };

export const handleOneClickPost = route("public", async (request, context, { token }: Params): Promise<Response> => {
  const form = await readForm(request);
  if (!form || !oneClickBodySchema.safeParse(form).success) {
    return answer("Send List-Unsubscribe=One-Click as the body (RFC 8058). Nothing was changed.", 400);
  }
  try {
    const outcome = await unsubscribeWithToken(context.db, token, { now: context.now });
    if (outcome.status === "invalid") return answer("This unsubscribe link is not valid. Nothing was changed.", 404);
    return answer(`Unsubscribed: you will get no more “${mailingListChoice(outcome.list).title}”.`, 200);
  } catch (error) {
    logger().error(`One-click unsubscribe failed: ${error instanceof Error ? error.message : String(error)}`);
    return new Response("We could not unsubscribe you just now; please try again.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "60" },
    });
  }
});

export const handleOneClickGet = route("public", async (_request, _context, { token }: Params): Promise<Response> => {
  // A relative Location (RFC 9110) stays right behind any proxy; the page checks the token.
  return new Response(null, { status: 303, headers: { location: confirmationPath(encodeURIComponent(token)), "cache-control": "no-store" } });
});
