import type { Metadata } from "next";
import { AccountSecurityPage } from "@/features/account-security/components/account-security-page";
import { readSecurityPage } from "@/features/account-security/queries";

export const metadata: Metadata = { title: "Password and email" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountSecurityRoute({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await readSecurityPage();
  const { changed } = await searchParams;
  return <AccountSecurityPage email={email} changed={changed === "password" || changed === "email" ? changed : null} />;
}
