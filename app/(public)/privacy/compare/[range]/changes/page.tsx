import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { policyChangesPage } from "@/features/policy/components/policy-pages";
import { getRedline } from "@/features/policy/policy-service";
import { parseCompareRange } from "@/lib/policy-links";

export { generateStaticParams } from "../page";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
export const dynamicParams = false;

type Props = { params: Promise<{ range: string }> };

async function redlineOf(params: Props["params"]) {
  const range = parseCompareRange((await params).range);
  return range && getRedline(range.fromId, range.toId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const redline = await redlineOf(params);
  return { title: redline ? policyChangesPage(redline).title : "Compare versions" };
}

/** The comparison with only what changed, and a paragraph of context on either side. */
export default async function CompareChangesPage({ params }: Props) {
  const redline = await redlineOf(params);
  if (!redline) notFound();
  return policyChangesPage(redline).content;
}
