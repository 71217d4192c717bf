import "server-only";
import { type Access, authenticate, type ContextFor, contextFor } from "./authenticate";

/**
 * A feature's read for a page, with its access checked inside it: a page that
 * forgets to check the session still cannot read what its visitor may not see.
 * The session lookup is cached per request, so a page calling several queries
 * checks it once.
 *
 *   export const readRequestForAdmin = query("admin", (context, reference: string) => …);
 */
export function query<A extends Access, Args extends unknown[], Result>(
  access: A,
  read: (context: ContextFor<A>, ...args: Args) => Promise<Result>,
  options: { returnTo?: string } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => read(await contextFor(await authenticate(access, options.returnTo)), ...args);
}
