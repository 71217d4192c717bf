import type { Metadata } from "next";
import { ResetPasswordPage } from "@/features/account-security/components/reset-password-page";
import { readResetLink } from "@/features/account-security/queries";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordRoute({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  return <ResetPasswordPage token={await readResetLink(token)} />;
}
