import "server-only";
import { redirect } from "next/navigation";
import { getSignedInAccount, type SignedInAccount } from "../auth/current-account";
import type { Access, ActorFor, ContextFor } from "./authenticate";
import { authenticate, contextFor } from "./authenticate";

export interface RouteOptions {
  /**
   * Without a session: send a browser to sign in and back to `returnTo`
   * (a download a person clicked), or answer 401 (a file a script fetches).
   */
  signedOut?: { signIn: string } | "401";
  /** The sentence for a 401. */
  signedOutMessage?: string;
  /** `false` for a route that reads no data, such as a file prerendered at build time. */
  database?: boolean;
}

type Handler<A extends Access, Params> = (request: Request, context: ContextFor<A>, params: Params) => Promise<Response>;

/**
 * A route handler (a download, an endpoint) through the same boundary as
 * forms and pages: the session row and the role are checked here, in the
 * handler (layouts do not wrap route handlers, and proxy.ts is never the
 * gate), before the request's parameters are read. A signed-in account of the
 * wrong role gets "not found".
 */
export function route<A extends Access, Params = Record<string, never>>(access: A, handle: Handler<A, Params>, options: RouteOptions = {}) {
  return async (request: Request, segment?: { params: Promise<Params> }): Promise<Response> => {
    const actor = await actorFor(access, options);
    if (actor instanceof Response) return actor;
    const params = segment ? await segment.params : ({} as Params);
    return handle(request, await contextFor(actor, { database: options.database }), params);
  };
}

async function actorFor<A extends Access>(access: A, options: RouteOptions): Promise<ActorFor<A> | Response> {
  if (access === "public") return null as ActorFor<A>;
  if (access === "demo-machine") return authenticate(access);
  const account: SignedInAccount | null = await getSignedInAccount();
  if (!account) {
    const signedOut = options.signedOut ?? "401";
    if (signedOut === "401") return plainText(options.signedOutMessage ?? "Sign in to see this.", 401);
    redirect(`/sign-in?next=${encodeURIComponent(signedOut.signIn)}`);
  }
  if (access !== "signed-in" && account.role !== access) return plainText("Not found.", 404);
  return account as ActorFor<A>;
}

/** A short answer in words, never cached (it depends on who asks). */
export function plainText(message: string, status: number): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
