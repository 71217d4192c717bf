import type { Metadata } from "next";
import { policyInForcePage } from "@/features/policy/components/policy-pages";
import { getPolicyHistory } from "@/features/policy/policy-service";

// What `next dev` and client-side navigations show; `npm start` answers a browser's request for the page with
// the static site's file (features/policy/static-site). Regenerated every 30 s, and never served older than a
// minute (next.config.js expireTime), so an upcoming version takes over within a minute of its effective
// midnight (UTC) on every instance, without a new build (docs/decisions/0021).
export const revalidate = 30;

export function generateMetadata(): Metadata {
  return { title: policyInForcePage(getPolicyHistory()).title };
}

export default function PrivacyPolicyPage() {
  return policyInForcePage(getPolicyHistory()).content;
}
