import { z } from "zod";

export const REQUEST_TYPE_LABELS = {
  minor_report: "Minor’s data report",
  access: "Access",
  correction: "Correction",
  deletion: "Deletion",
  california_privacy_rights: "Your California Privacy Rights",
} as const;

export const REQUEST_STATUS_LABELS = {
  received: "Received",
  verified: "Verified",
  in_progress: "In progress",
  extended: "Extended",
  completed: "Completed",
  denied: "Denied",
} as const;

const requestType = z.enum(Object.keys(REQUEST_TYPE_LABELS) as [keyof typeof REQUEST_TYPE_LABELS]);
const requestStatus = z.enum(Object.keys(REQUEST_STATUS_LABELS) as [keyof typeof REQUEST_STATUS_LABELS]);

/**
 * The queue's filters as they arrive in the address. An empty select sends
 * "", which means "any"; anything unrecognised is dropped rather than trusted.
 */
export const queueSearchSchema = z.object({
  type: requestType.optional().catch(undefined),
  status: z.union([requestStatus, z.enum(["open", "all"])]).optional().catch(undefined),
  due: z.enum(["overdue", "week"]).optional().catch(undefined),
  after: z
    .string()
    .regex(/^[01]\.\d{4}-\d{2}-\d{2}\.[A-Za-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
});

export type QueueSearch = z.infer<typeof queueSearchSchema>;

export function parseCursor(after: string | undefined) {
  if (!after) return null;
  const [urgent, answerBy, id] = after.split(".");
  return { urgent: Number(urgent), answerBy: answerBy!, id: id! };
}

export function formatCursor(cursor: { urgent: number; answerBy: string; id: string }): string {
  return `${cursor.urgent}.${cursor.answerBy}.${cursor.id}`;
}
