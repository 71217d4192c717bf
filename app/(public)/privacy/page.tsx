import type { Metadata } from "next";
import { PolicyVersionView } from "@/features/policy/components/policy-version-view";
import { getPolicyHistory } from "@/features/policy/policy-service";

// Regenerated hourly, so an upcoming version takes over on its effective date without a new build.
export const revalidate = 3600;

export const metadata: Metadata = { title: "Privacy policy" };

export default function PrivacyPolicyPage() {
  const history = getPolicyHistory();
  return <PolicyVersionView entry={history.current} history={history} />;
}
