import type { Metadata } from "next";
import { SignInPage } from "@/features/account-security/components/sign-in-page";
import { readSignInPage } from "@/features/account-security/queries";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInRoute({ searchParams }: { searchParams: SearchParams }) {
  const { next, notice } = await readSignInPage(await searchParams);
  return <SignInPage next={next} notice={notice} />;
}
