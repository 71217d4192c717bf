import type { Metadata } from "next";
import { policyVersionsPage } from "@/features/policy/components/policy-pages";
import { getPolicyHistory } from "@/features/policy/policy-service";

// Served as a static file by `npm start` (features/policy/static-site); this is what `next dev` and client-side navigations show.
// As /privacy: at most a minute old (next.config.js expireTime), so the day's version is in force within a minute.
export const revalidate = 30;

export function generateMetadata(): Metadata {
  return { title: policyVersionsPage(getPolicyHistory()).title };
}

export default function PolicyVersionsPage() {
  return policyVersionsPage(getPolicyHistory()).content;
}
