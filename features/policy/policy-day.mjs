// @ts-check
/**
 * The one clock for "which policy version is in force": the UTC calendar day of
 * a moment, as YYYY-MM-DD, compared with the versions' effective dates. The
 * timeline (policy-timeline.ts: the app's pages, the dashboard's banner, the
 * notice job, consents) and the static site's server (static-site/policy-site.mjs,
 * run by server.mjs without a build step, hence plain JavaScript) both read it,
 * so at any moment every instance and every page names the same version.
 *
 * UTC, not the company's time zone: effective dates have always been counted
 * in UTC here (decision 0020), and COMPANY_TIME_ZONE is the legal clocks'
 * (decision 0015), read from the environment, which the static site's server does not share.
 * @param {Date} now
 * @returns {string}
 */
export function policyDay(now) {
  return now.toISOString().slice(0, 10);
}
