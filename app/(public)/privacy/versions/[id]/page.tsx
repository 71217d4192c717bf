import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { policyVersionPage } from "@/features/policy/components/policy-pages";
import { getPolicyHistory, listPolicyVersionIds } from "@/features/policy/policy-service";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
// As /privacy: at most a minute old (next.config.js expireTime), so the day's version is in force within a minute.
export const revalidate = 30;
export const dynamicParams = false;

export function generateStaticParams() {
  return listPolicyVersionIds().map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = policyVersionPage(getPolicyHistory(), (await params).id);
  return { title: page?.title };
}

export default async function PolicyVersionPage({ params }: Props) {
  const page = policyVersionPage(getPolicyHistory(), (await params).id);
  if (!page) notFound();
  return page.content;
}
