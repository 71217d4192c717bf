import { policyFeedRoute } from "@/features/policy/policy-routes";

export const dynamic = "force-static";
// As /privacy: at most a minute old (next.config.js expireTime), so the day's version is in force within a minute.
export const revalidate = 30;

export const GET = policyFeedRoute;
