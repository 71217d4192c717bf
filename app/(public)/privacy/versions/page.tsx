import type { Metadata } from "next";
import { policyVersionsPage } from "@/features/policy/components/policy-pages";
import { getPolicyHistory } from "@/features/policy/policy-service";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
export const revalidate = 3600;

export function generateMetadata(): Metadata {
  return { title: policyVersionsPage(getPolicyHistory()).title };
}

export default function PolicyVersionsPage() {
  return policyVersionsPage(getPolicyHistory()).content;
}
