import type { Refusal } from "./refusal-response";

/**
 * Next.js (16.4) answers every malformed Server Action request with a 500 and
 * an error in the log: a cross-site Origin, a body over its size limit, a body
 * it cannot decode (next/dist/server/app-render/action-handler.js). proxy.ts
 * asks this first and answers such a request itself, with a 4xx in our words.
 * It is an early answer, not the gate: Next.js still refuses a cross-site
 * action, and every action still parses its input and checks the session.
 */

/** Next.js's `serverActions.bodySizeLimit`, "1 MB" unless next.config.js sets it (it does not). */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** The header React sends with a Server Action it calls (a form or a button with JavaScript running). */
const ACTION_HEADER = "next-action";
const MULTIPART = "multipart/form-data";

/**
 * What Next.js handles as a Server Action (next/dist/server/lib/server-action-request-meta.js):
 * a POST with a Next-Action header, or a multipart POST, which is how a form
 * posts without JavaScript. (Next.js leaves url-encoded posts alone.)
 */
export function isPossibleServerAction(request: Request): boolean {
  return request.method === "POST" && (request.headers.has(ACTION_HEADER) || (request.headers.get("content-type") ?? "").startsWith(MULTIPART));
}

const nothingChanged = "Nothing was changed.";

export const serverActionRefusals = {
  crossSite: {
    status: 403,
    title: "This form came from another website",
    message: `The form was sent from a page that is not part of the Privacy Center, so we did not accept it. ${nothingChanged} To make a request, open the Privacy Center yourself and use the form there.`,
  },
  unsupportedType: {
    status: 415,
    title: "We could not read this request",
    message: `The request was not sent the way our forms send one, so we did not accept it. ${nothingChanged}`,
  },
  tooLarge: {
    status: 413,
    title: "This form sent too much",
    message: `The form sent more than 1 MB, more than any of our forms needs, so we did not accept it. ${nothingChanged}`,
  },
  unreadable: {
    status: 400,
    title: "We could not read this form",
    message: `The form arrived incomplete or damaged, so we did not accept it. ${nothingChanged} Please reload the page and try again.`,
  },
} satisfies Record<string, Refusal>;

/** The refusal for a possible Server Action that Next.js would answer with a 500, or null to let it through. */
export async function refuseMalformedServerAction(request: Request): Promise<Refusal | null> {
  if (!comesFromThisSite(request.headers)) return serverActionRefusals.crossSite;

  const type = request.headers.get("content-type") ?? "";
  const multipart = type.startsWith(MULTIPART);
  const calledByReact = request.headers.has(ACTION_HEADER);
  // React's fetch sends its reply as FormData (multipart) or as a string (text/plain); nothing else decodes.
  if (calledByReact && !multipart && !type.startsWith("text/plain")) return serverActionRefusals.unsupportedType;

  const body = await readBodyWithin(request, SERVER_ACTION_BODY_LIMIT_BYTES);
  if (!body) return serverActionRefusals.tooLarge;

  if (multipart) {
    let form: FormData;
    try {
      // The same parser Next.js uses for a form posted without JavaScript (undici's).
      form = await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return serverActionRefusals.unreadable;
    }
    // React's multipart reply keeps the action's argument list in field "0"; a form posted without
    // JavaScript names its action in a field of its own (Next.js answers one without it 400, with a warning).
    if (calledByReact ? !isArgumentList(form.get("0")) : !namesAnAction(form)) return serverActionRefusals.unreadable;
  } else if (!isArgumentList(await body.text())) {
    return serverActionRefusals.unreadable;
  }
  return null;
}

/**
 * Next.js's own check (parseHostHeader in action-handler.js): the Origin's
 * host must be the first X-Forwarded-Host, or the Host. A request without an
 * Origin is let through, as Next.js does: browsers send one with every POST,
 * so it is not a browser carrying someone's cookies. `Origin: null` (a
 * sandboxed page, a privacy-minded redirect) and an unparsable Origin are refused.
 */
function comesFromThisSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The whole body, or null once it passes the limit (checked on Content-Length first, and on the bytes, as a chunked body has none). */
async function readBodyWithin(request: Request, limit: number): Promise<Blob | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return new Blob([]);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = request.body.getReader() as ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** React's hidden fields that name the action of a form posted without JavaScript ($ACTION_ID_…, or $ACTION_REF_… for a form with state). */
function namesAnAction(form: FormData): boolean {
  return [...form.keys()].some((name) => name.startsWith("$ACTION_ID_") || name.startsWith("$ACTION_REF_"));
}

/** React's reply is a JSON array of the action's arguments; anything else fails in Next.js, or reaches the action as no arguments at all. */
function isArgumentList(reply: FormDataEntryValue | null): boolean {
  if (typeof reply !== "string") return false;
  try {
    return Array.isArray(JSON.parse(reply));
  } catch {
    return false;
  }
}
