/**
 * Runs once when the server starts, before it serves: checks the secrets
 * (production refuses to start without them), migrates the database, and in
 * demo mode seeds the demo customers into an empty database. This is where
 * the plumbing (server/) meets the features: server/ imports no feature.
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
    seedDemoChoices,
    seedDemoRequests,
    startJobs: (db, { siteUrl }) => {
      startPolicyNoticeJob({ db, siteUrl });
      startMinorReportRetentionJob({ db });
    },
  });
}
