import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { findRequestByReference, type PostalAddress, type RequestSummary } from "../repository";

/** A request's own fields (the type's form fields, as submitted). */
export type RequestDetails = Record<string, string | number | null>;

/** A request with who asked and what: what the workflow and the console work from. */
export interface WorkflowRequest extends RequestSummary {
  /** The customer who made it from their account; null when it was made without one. */
  requestedByCustomerId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  requesterPostal: PostalAddress | null;
  details: RequestDetails;
  assignedTo: string | null;
}

export interface Administrator {
  accountId: string;
  email: string;
}

/** The request with this reference, its JSON columns parsed; works inside a transaction too. */
export async function findWorkflowRequest(db: Kysely<Database>, reference: string): Promise<WorkflowRequest | undefined> {
  const summary = await findRequestByReference(db, reference);
  if (!summary) return undefined;
  const row = await db
    .selectFrom("privacyRequests")
    .select(["requestedByCustomerId", "requesterName", "requesterEmail", "requesterPostalJson", "detailsJson", "assignedTo"])
    .where("id", "=", summary.id)
    .executeTakeFirstOrThrow();
  return {
    ...summary,
    requestedByCustomerId: row.requestedByCustomerId,
    requesterName: row.requesterName,
    requesterEmail: row.requesterEmail,
    requesterPostal: row.requesterPostalJson ? (JSON.parse(row.requesterPostalJson) as PostalAddress) : null,
    details: JSON.parse(row.detailsJson) as RequestDetails,
    assignedTo: row.assignedTo,
  };
}

/** The account, when it is a Privacy Administrator's and not disabled. */
export async function findActiveAdministrator(db: Kysely<Database>, accountId: string): Promise<Administrator | undefined> {
  return db
    .selectFrom("accounts")
    .select(["id as accountId", "email"])
    .where("id", "=", accountId)
    .where("role", "=", "admin")
    .where("disabledAt", "is", null)
    .executeTakeFirst();
}

export async function listActiveAdministrators(db: Kysely<Database>): Promise<Administrator[]> {
  return db.selectFrom("accounts").select(["id as accountId", "email"]).where("role", "=", "admin").where("disabledAt", "is", null).orderBy("email").execute();
}
