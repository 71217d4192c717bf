import { beforeEach } from "vitest";
import type { SignedInAccount } from "@/server/auth/current-account";
import type { DatabaseHandle, Engine } from "@/server/db/create-database";
import { testDatabaseFor } from "@/server/db/testing/engines";
import { stampedHeaders } from "@/server/http/testing/stamped-headers";

/**
 * The boundary's test double (tests only): what an entry point (a query, a
 * form's action, a route) finds around it, and what it leaves behind. A test
 * file named `*.entry.test.ts` gets the modules below in place of the real
 * ones (test/entry-point-setup.ts), and then changes `surroundings` as it goes
 * (entryPointDatabaseFor starts each test afresh).
 *
 * An entry point that must never read the session (a public one, the demo's
 * tools) mocks it once more in its own file, with sessionNeverReadModule():
 *
 *   vi.mock("@/server/auth/current-account", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).sessionNeverReadModule());
 */
export const surroundings = {
  /** Whose session the request carries (see signedInAs), or null. */
  account: null as SignedInAccount | null,
  /** The page the request was for (what proxy.ts stamps): where sign-in comes back to when the entry point names no page. */
  pagePath: null as string | null,
  /** The address the connection came from (null: one the server could not tell). */
  clientAddress: "203.0.113.9" as string | null,
  /** The headers the client sent itself, beside the server's stamp of the address. */
  sentHeaders: {} as Record<string, string>,
  /** The database the entry points use (entryPointDatabaseFor sets it). */
  handle: null as DatabaseHandle | null,
  /** The paths given to Next.js's revalidatePath, in order. */
  revalidated: [] as string[],
  /** How many times the outbox was told to deliver. */
  kicks: 0,
};

/** Back to a visitor with no session, on no page in particular, from the usual address, with nothing recorded. The database stays. */
export function resetSurroundings(): void {
  Object.assign(surroundings, { account: null, pagePath: null, clientAddress: "203.0.113.9", sentHeaders: {}, revalidated: [], kicks: 0 });
}

/** For a describe block: the entry points use a fresh database on `engine` (testDatabaseFor), and each test starts from resetSurroundings(). */
export function entryPointDatabaseFor(engine: Engine) {
  const handle = testDatabaseFor(engine);
  beforeEach(() => {
    resetSurroundings();
    surroundings.handle = handle;
  });
  return handle;
}

/** A session for the account, answered as the session check answers it (returned, to compare with what a feature was handed). */
export function signedInAs(accountId: string, role: SignedInAccount["role"], email = `${accountId}@example.com`): SignedInAccount {
  surroundings.account = { accountId, email, role, sessionId: `session-${accountId}` };
  return surroundings.account;
}

export function signedOut(): void {
  surroundings.account = null;
}

/** next/navigation: redirect and not-found (which need a live request) as plain throws a test can expect. */
export function navigationModule() {
  return {
    redirect: (url: string) => {
      throw new Error(`redirect to ${url}`);
    },
    // With the digest Next.js's own carries, which server/boundary/query.ts recognises.
    notFound: () => {
      throw Object.assign(new Error("not found"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    },
  };
}

/**
 * server/auth/current-account.ts, as it behaves for whoever `surroundings.account` is: without a
 * session, to sign in and back to `returnTo` (or else the page asked for); a customer where only the
 * administrator may go, not found; the administrator where only a customer may go, the console.
 */
export async function sessionModule() {
  const { redirect, notFound } = await import("next/navigation");
  const signInPath = (returnTo?: string) => {
    const next = returnTo ?? surroundings.pagePath;
    return next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
  };
  const requireSignedIn = async (returnTo?: string) => surroundings.account ?? redirect(signInPath(returnTo));
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

/** server/auth/current-account.ts for entry points that must never read the session (a public route, the demo's tools): reading it fails the test. */
export function sessionNeverReadModule() {
  const read = async (): Promise<never> => {
    throw new Error("the entry point read the session");
  };
  return { getSignedInAccount: read, requireSignedIn: read, requireCustomer: read, requireAdmin: read };
}

/** A database for an entry point whose feature is a stand-in and never touches it: the boundary only hands it on. */
export const untouchedDatabase = { engine: "sqlite", db: { untouched: "database" } } as unknown as DatabaseHandle;

/** server/db/database.ts: `surroundings.handle`, never the app's database. */
export function databaseModule() {
  const handle = async () => surroundings.handle ?? Promise.reject(new Error("no test database"));
  return { database: async () => (await handle()).db, databaseHandle: handle };
}

/** next/headers: the request's headers as the server hands them on for a connection from `surroundings.clientAddress`. */
export function headersModule() {
  return { headers: async () => stampedHeaders(surroundings.clientAddress, surroundings.sentHeaders) };
}

/** next/cache: revalidatePath only records the path. */
export function cacheModule() {
  return {
    revalidatePath: (path: string) => {
      surroundings.revalidated.push(path);
    },
  };
}

/** server/email/email-dispatcher.ts: a kick is counted; nothing is delivered (the outbox keeps what was enqueued). */
export function dispatcherModule() {
  return {
    kickEmailDispatcher: () => {
      surroundings.kicks++;
    },
  };
}

/** A submitted form, as a browser sends it. */
export function formOf(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** How a page read refuses in these surroundings: a redirect to the site's not-found page (server/boundary/query.ts). */
export const SENT_TO_NOT_FOUND_PAGE = "redirect to /not-found";
