import "server-only";
import { redirect } from "next/navigation";
import { isPasswordResetTokenUsable } from "@/server/auth/password-reset-tokens";
import { safeNextPath } from "@/server/auth/safe-next-path";
import { findSignedInAccount, query } from "@/server/boundary";
import { type EmailChangeLink, readEmailChangeLink } from "./email-change-service";

/** The longest token a link of ours carries; anything longer is not looked up. */
const LINK_TOKEN_MAX_LENGTH = 200;

const tokenOf = (token: unknown): string | null => (typeof token === "string" && token.length <= LINK_TOKEN_MAX_LENGTH ? token : null);

/**
 * The reset page's link: its token when it still works, or null. Looking the
 * link up does not use it: mail scanners that open links must not spend it.
 */
export const readResetLink = query("public", async (context, token: unknown): Promise<string | null> => {
  const candidate = tokenOf(token);
  return candidate && (await isPasswordResetTokenUsable(context.db, candidate, context.now)) ? candidate : null;
});

/**
 * The confirmation page's link, for the signed-in customer: whether it would
 * change their address, and to what. Signed out: sign in, then back to the
 * link (the request's own path, with its token). Reading it does not use it.
 */
export const readEmailChangeLinkForPage = query("customer", async (context, token: unknown): Promise<{ link: EmailChangeLink; token: string }> => {
  const candidate = tokenOf(token);
  const link: EmailChangeLink = candidate ? await readEmailChangeLink(context.db, { accountId: context.actor.accountId, token: candidate }, context.now) : { kind: "unusable" };
  return { link, token: typeof token === "string" ? token : "" };
});

/** The Password and email page: the signed-in account's address (a customer's or the administrator's). */
export const readSecurityPage = query("signed-in", async (context) => ({ email: context.actor.email }), { returnTo: "/account/security" });

export type SignInNotice = "signed-out" | "reset" | "refused" | null;

/**
 * The sign-in page: where to go afterwards (a path on this site only) and what
 * to say first. Someone already signed in has nothing to do here and goes on.
 */
export const readSignInPage = query("public", async (_context, params: Record<string, string | string[] | undefined>): Promise<{ next: string | null; notice: SignInNotice }> => {
  const next = safeNextPath(params.next);
  if (await findSignedInAccount()) redirect(next ?? "/account");
  return { next, notice: params["signed-out"] ? "signed-out" : params.reset ? "reset" : params.error ? "refused" : null };
});
