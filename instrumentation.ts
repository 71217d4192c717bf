/**
 * Runs once when the server starts, before it serves: checks the secrets
 * (production refuses to start without them), migrates the database, and in
 * demo mode seeds the demo customers into an empty database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("./server/prepare-server");
  await prepareServer();
}
