import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PolicyVersionView } from "@/features/policy/components/policy-version-view";
import { getPolicyHistory, listPolicyVersionIds } from "@/features/policy/policy-service";

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return listPolicyVersionIds().map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `Privacy policy, version ${id}` };
}

export default async function PolicyVersionPage({ params }: Props) {
  const { id } = await params;
  const history = getPolicyHistory();
  const entry = history.entries.find((candidate) => candidate.version.id === id);
  if (!entry) notFound();
  return <PolicyVersionView entry={entry} history={history} />;
}
