import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { policyComparePage } from "@/features/policy/components/policy-pages";
import { compareHref } from "@/lib/policy-links";
import { getRedlineOfRange, listPolicyVersionIds } from "@/features/policy/policy-service";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
export const dynamicParams = false;

/** Every pair of versions, both ways, is a static page. */
export function generateStaticParams() {
  const ids = listPolicyVersionIds();
  return ids.flatMap((fromId) => ids.map((toId) => ({ range: compareHref(fromId, toId).split("/").at(-1)! })));
}

type Props = { params: Promise<{ range: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const redline = getRedlineOfRange((await params).range);
  return { title: redline ? policyComparePage(redline).title : "Compare versions" };
}

export default async function ComparePage({ params }: Props) {
  const redline = getRedlineOfRange((await params).range);
  if (!redline) notFound();
  return policyComparePage(redline).content;
}
