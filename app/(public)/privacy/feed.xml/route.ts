import { policyFeedRoute } from "@/features/policy/policy-routes";

export const dynamic = "force-static";
export const revalidate = 3600;

export const GET = policyFeedRoute;
