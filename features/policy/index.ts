/**
 * What other features may use of the policy: the versions and their timeline,
 * and the redline between two of them. Everything else here is the policy
 * pages' own.
 */
export { buildRedline, type Redline } from "./build-redline";
export { getPolicyHistory, getRedline, listPolicyVersionIds } from "./policy-service";
export type { TimelineEntry } from "./policy-timeline";
export type { PolicyVersion } from "./policy-types";
