import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RedlineView } from "@/features/policy/components/redline-view";
import { compareHref, parseCompareRange } from "@/lib/policy-links";
import { getRedline, listPolicyVersionIds } from "@/features/policy/policy-service";

export const dynamicParams = false;

/** Every pair of versions, both ways, is a static page. */
export function generateStaticParams() {
  const ids = listPolicyVersionIds();
  return ids.flatMap((fromId) => ids.map((toId) => ({ range: compareHref(fromId, toId).split("/").at(-1)! })));
}

type Props = { params: Promise<{ range: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const range = parseCompareRange((await params).range);
  return { title: range ? `Changes from ${range.fromId} to ${range.toId}` : "Compare versions" };
}

export default async function ComparePage({ params }: Props) {
  const range = parseCompareRange((await params).range);
  const redline = range && getRedline(range.fromId, range.toId);
  if (!redline) notFound();
  return <RedlineView redline={redline} />;
}
