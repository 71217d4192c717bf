import { buildPolicyFeed } from "@/features/policy/build-policy-feed";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { env } from "@/server/env";

export const dynamic = "force-static";
export const revalidate = 3600;

export function GET() {
  return new Response(buildPolicyFeed(getPolicyHistory().entries, env.SITE_URL), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
