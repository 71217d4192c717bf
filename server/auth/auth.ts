import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInCredentialsSchema } from "@/lib/auth/sign-in-credentials";
import { database } from "../db/database";
import { env, readSecrets } from "../env";
import { attemptSignIn } from "./attempt-sign-in";
import { signInThrottle } from "./attempt-throttles";
import { readClientAddress } from "./client-address";
import { SignInRefused, SignInThrottled } from "./sign-in-errors";
import { SESSION_ABSOLUTE_LIMIT_MS, revokeSession } from "./session-store";
import { logger } from "../log/logger.mjs";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  /** The cookie carries only the id of a `sessions` row; the row decides everything else. */
  interface JWT {
    sid?: string;
  }
}

/**
 * Auth.js with the Credentials provider and JWT sessions. The JWT is only a
 * signed, encrypted pointer to a server-side session row, so sign-out,
 * password changes and disabled accounts take effect on the next request
 * (see current-account.ts). The config is built lazily: production refuses to
 * run without AUTH_SECRET, and `next build` must not need it.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  useSiteUrlForAuthLinks();
  return {
    // The current secret seals new cookies; earlier ones (AUTH_SECRET_PREVIOUS) still open theirs during a rotation.
    secret: readSecrets().authSecrets,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_LIMIT_MS / 1000 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email address", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInCredentialsSchema.safeParse({ email: credentials.email, password: credentials.password });
          if (!parsed.success) throw new SignInRefused();
          const outcome = await attemptSignIn(await database(), await signInThrottle(), {
            ...parsed.data,
            address: readClientAddress(request.headers),
          });
          if (outcome.kind === "throttled") throw new SignInThrottled(outcome.retryAfterSeconds);
          if (outcome.kind === "refused") throw new SignInRefused();
          return { id: outcome.accountId, sessionId: outcome.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user, trigger }) {
        if (trigger === "signIn") return user.sessionId ? { sid: user.sessionId } : null;
        // Drop whatever else a token might hold: the session row is the only truth.
        return typeof token.sid === "string" ? { sid: token.sid } : null;
      },
      session({ session, token }) {
        return { expires: session.expires, sessionId: token.sid };
      },
    },
    events: {
      // Covers a sign-out through /api/auth/signout as well as the header's button.
      async signOut(message) {
        if ("token" in message && typeof message.token?.sid === "string") await revokeSession(await database(), message.token.sid);
      },
    },
    logger: {
      // A wrong password is an answer, not a server error; everything else is logged as usual.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        logger().error(`[auth] ${error.name}: ${error.message}`);
      },
    },
  };
});

/**
 * In production, Auth.js makes its absolute addresses (its redirects, the callback-url cookie) from
 * SITE_URL, the center's public address. Without AUTH_URL it takes them from the request's URL, which
 * Next.js builds with the port the instance itself listens on, so behind the shipped proxy a sign-in
 * posted to https://privacy.example.com would be sent on to https://privacy.example.com:3000
 * (node_modules/next-auth/lib/env.js, reqWithEnvURL; e2e-cluster/edge-and-limits.spec.ts). The demo
 * keeps the request's own address: it runs on the loopback, where a visitor may use 127.0.0.1 or
 * localhost, and each must stay on the one it typed.
 */
function useSiteUrlForAuthLinks(): void {
  if (!env.isDemo) process.env.AUTH_URL ??= env.SITE_URL;
}

