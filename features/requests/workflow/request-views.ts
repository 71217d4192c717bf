import "server-only";
import type { Kysely } from "kysely";
import type { CustomerInventory } from "@/lib/inventory-types";
import { readCustomerInventory } from "@/features/dashboard";
import { appendAuditEntry } from "@/server/audit/audit-log";
import type { Database, PrivacyRequestStatus, PrivacyRequestType, RequestEventKind } from "@/server/db/schema";
import type { TypedRequestDetails } from "@/lib/requests/request-details";
import { type Administrator, findActiveAdministrator, findWorkflowRequest, type WorkflowRequestFields } from "./workflow-repository";

/**
 * What the console and the customer's pages read about requests, given the
 * database (the pages reach them through their feature's queries, which check
 * who is asking first: features/admin/queries.ts,
 * features/customer-requests/queries.ts, features/requests/queries.ts). Staff see
 * everything about a request but not the customer's records, which are read
 * (and audited) only on purpose. A customer sees only the requests they made
 * themselves (`requested_by_customer_id`, in each query's WHERE) and only the
 * events meant for them: never a request someone else made about them, such
 * as a minor's report that matched their account (`customer_id`, which only
 * staff read).
 */

export interface AdminRequestEvent {
  occurredAt: string;
  kind: RequestEventKind;
  message: string;
  visibleToRequester: boolean;
  actorAccountId: string | null;
  actorEmail: string | null;
}

export type AdminRequestView = Omit<WorkflowRequestFields, "assignedTo"> &
  TypedRequestDetails & {
    assignedTo: Administrator | null;
    events: AdminRequestEvent[];
    /** null until the identity is verified. */
    verification: { verifiedAt: string; verifiedByAccountId: string | null; verifiedBy: string | null } | null;
    /** An access request's copy was made. */
    hasExport: boolean;
  };

export interface CustomerRequestListItem {
  reference: string;
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  receivedAt: string;
  answerBy: string;
  extendedAnswerBy: string | null;
  closedAt: string | null;
}

export interface CustomerRequestView extends CustomerRequestListItem {
  events: { occurredAt: string; kind: RequestEventKind; message: string }[];
  /** The copy that answered an access request is ready to download. */
  hasDownload: boolean;
}

const LIST_COLUMNS = ["reference", "type", "status", "receivedAt", "answerBy", "extendedAnswerBy", "closedAt"] as const;

/** Everything staff need to work a request; undefined when there is none with that reference. */
export async function findRequestForAdmin(db: Kysely<Database>, reference: string): Promise<AdminRequestView | undefined> {
  const request = await findWorkflowRequest(db, reference);
  if (!request) return undefined;
  const [events, assignee, exportRow] = await Promise.all([
    db
      .selectFrom("requestEvents")
      .leftJoin("accounts", "accounts.id", "requestEvents.actorAccountId")
      .select(["requestEvents.occurredAt", "requestEvents.kind", "requestEvents.message", "requestEvents.visibleToRequester", "requestEvents.actorAccountId", "accounts.email as actorEmail"])
      .where("requestEvents.requestId", "=", request.id)
      .orderBy("requestEvents.id")
      .execute(),
    request.assignedTo ? db.selectFrom("accounts").select(["id as accountId", "email"]).where("id", "=", request.assignedTo).executeTakeFirst() : undefined,
    db.selectFrom("requestExports").select("requestId").where("requestId", "=", request.id).executeTakeFirst(),
  ]);
  const timeline = events.map((event) => ({ ...event, visibleToRequester: event.visibleToRequester === 1 }));
  const verified = timeline.find((event) => event.kind === "verified");
  return {
    ...request,
    assignedTo: assignee ?? null,
    events: timeline,
    verification: verified ? { verifiedAt: verified.occurredAt, verifiedByAccountId: verified.actorAccountId, verifiedBy: verified.actorEmail } : null,
    hasExport: exportRow !== undefined,
  };
}

/**
 * The customer's records, masked as the customer sees them, for the
 * administrator answering the request. Every look is audited first, in the
 * same transaction as the read (HIPAA 45 CFR 164.312(b): stored communications
 * may hold health information). null when the request concerns no customer
 * record, or the account is not an active administrator's.
 */
export async function viewCustomerRecordsForRequest(db: Kysely<Database>, reference: string, actorAccountId: string, now = new Date()): Promise<CustomerInventory | null> {
  return db.transaction().execute(async (trx) => {
    const request = await findWorkflowRequest(trx, reference);
    if (!request?.customerId || !(await findActiveAdministrator(trx, actorAccountId))) return null;
    await appendAuditEntry(
      trx,
      { actorAccountId, actorRole: "admin", action: "view_customer_records", customerId: request.customerId, subject: `request:${reference}`, details: { type: request.type } },
      now,
    );
    return readCustomerInventory(trx, request.customerId);
  });
}

/** The requests the customer made, newest first. */
export function findCustomerRequests(db: Kysely<Database>, customerId: string): Promise<CustomerRequestListItem[]> {
  return db
    .selectFrom("privacyRequests")
    .select(LIST_COLUMNS)
    .where("requestedByCustomerId", "=", customerId)
    .orderBy("receivedAt", "desc")
    .orderBy("reference")
    .execute();
}

/** One request the customer made, with the events meant for them; undefined for anyone else's (even one about them), or none. */
export function findCustomerRequest(db: Kysely<Database>, customerId: string, reference: string): Promise<CustomerRequestView | undefined> {
  return readRequesterView(db, reference, customerId);
}

/**
 * A request made without an account, as its requester follows it through the
 * link they were given (the caller has checked the link's signature): the
 * events meant for them, and never a download, which waits behind a sign-in.
 * A customer's own request is followed in their account, never here.
 */
export async function findRequestForRequester(db: Kysely<Database>, reference: string): Promise<CustomerRequestView | undefined> {
  const view = await readRequesterView(db, reference, null);
  return view && { ...view, hasDownload: false };
}

/**
 * The requester's view. Who made it is part of the query: the customer who
 * made it, or (`madeBy` null) nobody with an account; anything else reads as none.
 */
async function readRequesterView(db: Kysely<Database>, reference: string, madeBy: string | null): Promise<CustomerRequestView | undefined> {
  const request = await db
    .selectFrom("privacyRequests")
    .leftJoin("requestExports", "requestExports.requestId", "privacyRequests.id")
    .select([...LIST_COLUMNS.map((column) => `privacyRequests.${column}` as const), "privacyRequests.id", "requestExports.requestId as exportOf"])
    .where("privacyRequests.reference", "=", reference)
    .where((eb) => (madeBy === null ? eb("privacyRequests.requestedByCustomerId", "is", null) : eb("privacyRequests.requestedByCustomerId", "=", madeBy)))
    .executeTakeFirst();
  if (!request) return undefined;
  const { id, exportOf, ...listed } = request;
  const events = await db
    .selectFrom("requestEvents")
    .select(["occurredAt", "kind", "message"])
    .where("requestId", "=", id)
    .where("visibleToRequester", "=", 1)
    .orderBy("id")
    .execute();
  return { ...listed, events, hasDownload: isDownloadable(listed) && exportOf !== null };
}

const isDownloadable = (request: { type: PrivacyRequestType; status: PrivacyRequestStatus }) => request.type === "access" && request.status === "completed";
