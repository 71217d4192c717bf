import type { Metadata } from "next";
import { ResetPasswordPage } from "@/features/account-security/components/reset-password-page";
import { isPasswordResetTokenUsable } from "@/server/auth/password-reset-tokens";
import { database } from "@/server/db/database";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordRoute({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  // Looking the link up does not use it: mail scanners that open links must not spend it.
  const usable = typeof token === "string" && token.length <= 200 && (await isPasswordResetTokenUsable(await database(), token));
  return <ResetPasswordPage token={usable ? token : null} />;
}
