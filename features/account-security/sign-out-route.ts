import "server-only";
import type { NextRequest } from "next/server";
import { cookiesExpiredAtSignOut } from "@/features/preferences";
import { handleSignOut } from "@/server/auth/sign-out-route";

/**
 * Signing out of this browser (server/auth/sign-out-route.ts), with the
 * advertising cookie expired too: it spoke for the person who leaves
 * (features/preferences/advertising-cookie.ts decides).
 */
export function signOutRoute(request: NextRequest): Promise<Response> {
  return handleSignOut(request, { expireCookies: cookiesExpiredAtSignOut() });
}
