import { z } from "zod";
import { REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS } from "@/lib/requests/request-labels";

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
  const [urgent, dueOn, id] = after.split(".");
  return { urgent: Number(urgent), dueOn: dueOn!, id: id! };
}

export function formatCursor(cursor: { urgent: number; dueOn: string; id: string }): string {
  return `${cursor.urgent}.${cursor.dueOn}.${cursor.id}`;
}
