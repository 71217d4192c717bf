import "server-only";
import type { NextRequest } from "next/server";
import { database } from "../db/database";
import { signOut } from "./auth";
import { getSignedInAccount } from "./current-account";
import { revokeSession } from "./session-store";

export const SIGNED_OUT_PATH = "/sign-in?signed-out=1";

/**
 * Ends this browser's session: the row is revoked (an old cookie replayed is
 * refused), the cookie is cleared, and the browser is asked to forget what it
 * kept of the signed-in pages (Clear-Site-Data: its cache, cookies and
 * storage), so the back button or the next person at a shared computer finds
 * nothing; cookies a feature names are also expired one by one. A route handler rather than a server action, because an action
 * cannot set that header. A post from another site is refused: nobody can
 * sign a customer out from their own page.
 */
export interface SignOutOptions {
  /**
   * Cookies of the center's own that speak for the person signed in (a
   * feature decides which): expired explicitly as well, for browsers that do
   * not honour Clear-Site-Data.
   */
  expireCookies?: readonly string[];
}

export async function handleSignOut(request: NextRequest, options: SignOutOptions = {}): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== request.nextUrl.origin && origin !== originOfHost(request)) {
    return new Response("This sign-out came from another site, so nothing was changed.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const account = await getSignedInAccount();
  if (account) await revokeSession(await database(), account.sessionId);
  await signOut({ redirect: false });
  const headers = new Headers({ Location: SIGNED_OUT_PATH, "Clear-Site-Data": '"cache", "cookies", "storage"', "Cache-Control": "no-store" });
  const secure = request.nextUrl.protocol === "https:" ? "; Secure" : "";
  for (const name of options.expireCookies ?? []) headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; SameSite=Lax${secure}`);
  return new Response(null, { status: 303, headers });
}

/** The origin the browser used, as the Host header names it (nextUrl may carry the address the server listens on). */
function originOfHost(request: NextRequest): string | null {
  const host = request.headers.get("host");
  return host ? `${request.nextUrl.protocol}//${host}` : null;
}
