import { randomUUID } from "node:crypto";
import type { PrivacyRequestType } from "@/server/db/schema";
import { deadlinesFor } from "@/lib/requests/legal-deadlines";
import type { RequestSummary } from "../repository";

/** A request just received on December 1, 2026, as the acknowledgement emails are given it (tests only). */
export function receivedRequestSummary(type: PrivacyRequestType, reference: string, options: { urgent?: boolean } = {}): RequestSummary {
  return {
    id: randomUUID(),
    reference,
    type,
    status: "received",
    customerId: null,
    urgent: options.urgent ?? false,
    receivedAt: "2026-12-01T15:00:00.000Z",
    ...deadlinesFor(type, "2026-12-01"),
    extendedAnswerBy: null,
    closedAt: null,
  };
}
