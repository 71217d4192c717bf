import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/server/db/schema";
import { findRequestByReference, type PostalAddress, type RequestSummary } from "../repository";
import { readTypedDetails, type TypedRequestDetails } from "@/lib/requests/request-details";

/** A request's own columns besides its type and details. */
export type WorkflowRequestFields = Omit<RequestSummary, "type"> & {
  /** The customer who made it from their account; null when it was made without one. */
  requestedByCustomerId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  requesterPostal: PostalAddress | null;
  assignedTo: string | null;
};

/** A request with who asked and what: what the workflow and the console work from. Narrowing on `type` narrows `details`. */
export type WorkflowRequest = WorkflowRequestFields & TypedRequestDetails;

export interface Administrator {
  accountId: string;
  email: string;
}

/** The request with this reference, its JSON columns parsed (the details in their type's shape); works inside a transaction too. */
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
    assignedTo: row.assignedTo,
    // The one place a request's details are read from the database.
    ...readTypedDetails(summary.type, row.detailsJson),
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
