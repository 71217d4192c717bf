import { compareVersionsRoute } from "@/features/policy/policy-routes";

export const GET = compareVersionsRoute;
