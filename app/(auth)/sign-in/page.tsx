import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInPage } from "@/features/account-security/components/sign-in-page";
import { findSignedInAccount } from "@/server/boundary";
import { safeNextPath } from "@/server/auth/safe-next-path";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInRoute({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  // Someone already signed in has nothing to do here.
  if (await findSignedInAccount()) redirect(next ?? "/account");
  return <SignInPage next={next} notice={params["signed-out"] ? "signed-out" : params.reset ? "reset" : params.error ? "refused" : null} />;
}
