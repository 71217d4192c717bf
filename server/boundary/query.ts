import "server-only";
import { redirect } from "next/navigation";
import { type Access, authenticate, type ContextFor, contextFor } from "./authenticate";

/**
 * The site's not-found page at an address of its own. No route answers it, so
 * Next.js serves app/global-not-found.tsx there: the whole page, status 404,
 * with or without JavaScript.
 */
export const NOT_FOUND_PATH = "/not-found";

/** Whether `error` is what Next.js's notFound() throws (its digest is the only public mark it carries). */
function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === "NEXT_HTTP_ERROR_FALLBACK;404";
}

/**
 * A feature's read for a page, with its access checked inside it: a page that
 * forgets to check the session still cannot read what its visitor may not see.
 * The session lookup is cached per request, so a page calling several queries
 * checks it once.
 *
 *   export const readRequestForAdmin = query("admin", (context, reference: string) => …);
 *
 * "Not found" (a request that is not the visitor's, a customer at the console,
 * a link whose key does not match) sends the reader to the not-found page.
 * Next.js 16 does not render the not-found page into the HTML of a page that
 * renders on demand: notFound() there answers 404 with an empty document that
 * only JavaScript fills in (vercel/next.js#62228). The redirect's target is
 * served whole, so the reader sees it with JavaScript off too, and a browser
 * still ends on a 404.
 */
export function query<A extends Access, Args extends unknown[], Result>(
  access: A,
  read: (context: ContextFor<A>, ...args: Args) => Promise<Result>,
  options: { returnTo?: string } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    try {
      return await read(await contextFor(await authenticate(access, options.returnTo)), ...args);
    } catch (error) {
      if (isNotFound(error)) redirect(NOT_FOUND_PATH);
      throw error;
    }
  };
}
