import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "../env";
import { isFromThisMachine } from "../http/peer-address";
import { requireAdmin, requireCustomer, requireSignedIn, type SignedInAccount } from "../auth/current-account";
import { type ActorContext, createEntryContext, type EntryContext, type Role } from "./context";

/**
 * Who may use an entry point: anyone, any signed-in account, the signed-in
 * customer, the Privacy Administrator, or (the demo's tools) whoever sits at
 * this machine while it runs the demo.
 */
export type Access = "public" | "demo-machine" | "signed-in" | "customer" | "admin";

export type ActorFor<A extends Access> = A extends "customer"
  ? SignedInAccount & { role: "customer" }
  : A extends "admin"
    ? SignedInAccount & { role: "admin" }
    : A extends "signed-in"
      ? SignedInAccount
      : null;

export type ContextFor<A extends Access> = A extends "public" | "demo-machine" ? EntryContext : ActorContext<A extends "customer" ? "customer" : A extends "admin" ? "admin" : Role>;

/**
 * Checks the session row (never only the cookie, never proxy.ts) and the role,
 * or for the demo's tools, demo mode and a peer on this machine.
 * Without a session: to sign in and back to `returnTo` (or the page asked
 * for). A customer where only the administrator may go: "not found", never
 * "forbidden". The administrator where only a customer may go: the console.
 */
export async function authenticate<A extends Access>(access: A, returnTo?: string): Promise<ActorFor<A>> {
  switch (access) {
    case "public":
      return null as ActorFor<A>;
    case "demo-machine":
      // Decided per request, never at build time (the build does not run in demo mode). For anyone else it does not exist.
      await connection();
      if (!env.isDemo || !isFromThisMachine(await headers())) notFound();
      return null as ActorFor<A>;
    case "signed-in":
      return (await requireSignedIn(returnTo)) as ActorFor<A>;
    case "customer":
      return (await requireCustomer(returnTo)) as ActorFor<A>;
    case "admin":
      return (await requireAdmin(returnTo)) as ActorFor<A>;
  }
  throw new Error(`Unknown access "${String(access)}"`);
}

/** The context for an entry point: the request's, plus the actor once authenticated. */
export async function contextFor<A extends Access>(actor: ActorFor<A>, options: { database?: boolean } = {}): Promise<ContextFor<A>> {
  const base = await createEntryContext(options);
  return (actor ? Object.defineProperty(base, "actor", { value: actor, enumerable: true }) : base) as ContextFor<A>;
}
