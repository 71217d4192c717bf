import type { Metadata } from "next";
import { AccountSecurityPage } from "@/features/account-security/components/account-security-page";
import { requireSignedIn } from "@/server/auth/current-account";

export const metadata: Metadata = { title: "Password and email" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountSecurityRoute({ searchParams }: { searchParams: SearchParams }) {
  const account = await requireSignedIn("/account/security");
  const { changed } = await searchParams;
  return <AccountSecurityPage email={account.email} changed={changed === "password" || changed === "email" ? changed : null} />;
}
