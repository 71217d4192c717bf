import type { ActorContext } from "@/server/boundary";
import type { DatabaseHandle } from "@/server/db/create-database";

/**
 * What an entry point (a query, a form's action, a route) finds around it in a
 * test: who is signed in and the test's own database. A test file hands these
 * to vi.mock (tests only):
 *
 *   vi.mock("next/navigation", async () => (await import("@/features/requests/testing/entry-point-surroundings")).navigationModule());
 *   vi.mock("@/server/auth/current-account", async () => (await import("…")).sessionModule());
 *   vi.mock("@/server/db/database", async () => (await import("…")).databaseModule());
 */
export const surroundings = {
  account: null as ActorContext["actor"] | null,
  handle: null as DatabaseHandle | null,
};

export function signedInAs(accountId: string, role: "customer" | "admin"): void {
  surroundings.account = { accountId, email: `${accountId}@example.com`, role, sessionId: `session-${accountId}` };
}

export function signedOut(): void {
  surroundings.account = null;
}

/** Next.js's redirect and not-found (which need a live request) as plain throws a test can expect. */
export function navigationModule() {
  return {
    redirect: (url: string) => {
      throw new Error(`redirect to ${url}`);
    },
    notFound: () => {
      throw new Error("not found");
    },
  };
}

/** The session module, as server/auth/current-account.ts behaves, for whoever `surroundings.account` is. */
export async function sessionModule() {
  const { redirect, notFound } = await import("next/navigation");
  const requireSignedIn = async (returnTo?: string) => surroundings.account ?? redirect(`/sign-in?next=${encodeURIComponent(returnTo ?? "")}`);
  return {
    getSignedInAccount: async () => surroundings.account,
    requireSignedIn,
    requireCustomer: async (returnTo?: string) => {
      const account = await requireSignedIn(returnTo);
      return account.role === "customer" ? account : redirect("/admin");
    },
    requireAdmin: async (returnTo?: string) => {
      const account = await requireSignedIn(returnTo);
      return account.role === "admin" ? account : notFound();
    },
  };
}

export function databaseModule() {
  const handle = async () => surroundings.handle ?? Promise.reject(new Error("no test database"));
  return { database: async () => (await handle()).db, databaseHandle: handle };
}

/** A submitted form, as a browser sends it. */
export function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
