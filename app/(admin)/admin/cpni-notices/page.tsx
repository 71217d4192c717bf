import type { Metadata } from "next";
import { CpniPostingList } from "@/features/admin/components/cpni-posting-list";
import { readCpniPostingList } from "@/features/admin/queries";

export const metadata: Metadata = { title: "CPNI notices to post" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CpniNoticesToPostPage({ searchParams }: Props) {
  const { customers, today, done } = await readCpniPostingList(await searchParams);
  return (
    <>
      <h1 className="type-title">CPNI notices to post</h1>
      <p className="mt-2 max-w-prose">
        Customers whose CPNI notice must go by post: they have not approved notices by email, or the emailed notice came back. Post the notice to the address
        shown, then record the day it was mailed: their 30 days start on the third day after (47 CFR 64.2008(d)(1)(ii)).
      </p>
      <CpniPostingList customers={customers} today={today} done={done} />
    </>
  );
}
