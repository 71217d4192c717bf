import type { Metadata } from "next";
import { CompareForm } from "@/features/policy/components/compare-form";
import { VersionHistory } from "@/features/policy/components/version-history";
import { getPolicyHistory } from "@/features/policy/policy-service";

export const revalidate = 3600;

export const metadata: Metadata = { title: "Policy history" };

export default function PolicyVersionsPage() {
  const { entries, current } = getPolicyHistory();
  return (
    <>
      <h1 className="text-3xl font-bold">Privacy policy history</h1>
      <p className="mt-2 max-w-prose">
        Every version of the privacy policy we have published, newest first, with what changed. Each version keeps its
        address for good, so you can cite it.
      </p>
      <h2 className="mt-8 text-xl font-semibold">Compare two versions</h2>
      <CompareForm entries={entries} defaultFrom={current.previous?.id ?? current.version.id} defaultTo={current.version.id} />
      <h2 className="mt-8 mb-4 text-xl font-semibold">All versions</h2>
      <VersionHistory entries={entries} />
    </>
  );
}
