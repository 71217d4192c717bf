import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { policyChangesPage } from "@/features/policy/components/policy-pages";
import { getRedlineOfRange } from "@/features/policy/policy-service";

export { generateStaticParams } from "../page";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
export const dynamicParams = false;

type Props = { params: Promise<{ range: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const redline = getRedlineOfRange((await params).range);
  return { title: redline ? policyChangesPage(redline).title : "Compare versions" };
}

/** The comparison with only what changed, and a paragraph of context on either side. */
export default async function CompareChangesPage({ params }: Props) {
  const redline = getRedlineOfRange((await params).range);
  if (!redline) notFound();
  return policyChangesPage(redline).content;
}
