import fs from "node:fs";
import path from "node:path";
import { demoSiteDir, MANIFEST_FILE } from "./features/policy/static-site/policy-site-layout.mjs";

/**
 * Runs once when the server starts, before it serves: checks the secrets
 * (production refuses to start without them), makes the database's schema
 * ready (demo mode migrates, production checks it is current), and in demo mode
 * seeds the demo customers into an empty database. This is where the plumbing
 * (server/) meets the features: server/ imports no feature.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ prepareServer }, { seedDemoChoices }, { seedDemoRequests }, { startPolicyNoticeJob }, { startMinorReportRetentionJob }] = await Promise.all([
    import("./server/prepare-server"),
    import("./features/preferences/seed-demo-choices"),
    import("./features/requests/seed-demo-requests"),
    import("./features/policy-notices/policy-notice-job"),
    import("./features/minors/retention-job"),
  ]);
  await prepareServer({
    findStartProblem: findPolicySiteModeProblem,
    seedDemoChoices,
    seedDemoRequests,
    startJobs: (db, { siteUrl }) => {
      startPolicyNoticeJob({ db, siteUrl });
      startMinorReportRetentionJob({ db });
    },
  });
}

/**
 * The static policy site server.mjs answers from (POLICY_SITE_DIR, else .next/policy-site: the same
 * choice server.mjs makes) must be the copy rendered for this mode: a demo's pages say it is a demo, a
 * real deployment's do not (docs/decisions/0021). Null when it is, or when there is no site or no
 * server.mjs to serve it (the app's own pages answer then, and they read the mode themselves).
 */
function findPolicySiteModeProblem(mode: "demo" | "production"): string | null {
  // `next dev` answers the policy with the app's own pages, whatever an earlier build left in .next.
  if (process.env.NODE_ENV !== "production") return null;
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.POLICY_SITE_DIR ?? path.join(process.cwd(), ".next", "policy-site"));
  let rendered: unknown;
  try {
    rendered = (JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as { mode?: unknown }).mode ?? "production";
  } catch {
    return null;
  }
  if (rendered === mode) return null;
  return mode === "demo"
    ? `the static policy pages in ${dir} were rendered for production, without the demo notice. In demo mode, serve the demo's copy: POLICY_SITE_DIR=${demoSiteDir(dir)} (npm start sets it).`
    : `the static policy pages in ${dir} are the demo's copy: every one says it is a demo. Point POLICY_SITE_DIR at the production copy (by default .next/policy-site).`;
}
