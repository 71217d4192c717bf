import type { Metadata } from "next";
import { policyInForcePage } from "@/features/policy/components/policy-pages";
import { getPolicyHistory } from "@/features/policy/policy-service";

// What `next dev` and client-side navigations show; `npm start` answers a browser's request for the page with
// the static site's file (features/policy/static-site). Regenerated hourly, so an upcoming version takes over on
// its effective date without a new build.
export const revalidate = 3600;

export function generateMetadata(): Metadata {
  return { title: policyInForcePage(getPolicyHistory()).title };
}

export default function PrivacyPolicyPage() {
  return policyInForcePage(getPolicyHistory()).content;
}
