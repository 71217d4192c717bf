import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RedlineView } from "@/features/policy/components/redline-view";
import { getRedline } from "@/features/policy/policy-service";
import { parseCompareRange } from "@/lib/policy-links";

export { generateStaticParams } from "../page";

export const dynamicParams = false;

type Props = { params: Promise<{ range: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const range = parseCompareRange((await params).range);
  return { title: range ? `Only the changes from ${range.fromId} to ${range.toId}` : "Compare versions" };
}

/** The comparison with only what changed, and a paragraph of context on either side. */
export default async function CompareChangesPage({ params }: Props) {
  const range = parseCompareRange((await params).range);
  const redline = range && getRedline(range.fromId, range.toId);
  if (!redline) notFound();
  return <RedlineView redline={redline} onlyChanges />;
}
