import type { PrivacyRequestStatus } from "@/lib/domain";
import { REQUEST_STATUS_LABELS } from "@/lib/requests/request-labels";
import { Badge, type BadgeTone } from "./badge";

/** Each status's tone: waiting (neutral), under way (info), late-running (warning), done (success), refused (danger). */
export const REQUEST_STATUS_TONES = {
  received: "neutral",
  verified: "info",
  in_progress: "info",
  extended: "warning",
  completed: "success",
  denied: "danger",
} as const satisfies Record<PrivacyRequestStatus, BadgeTone>;

/** A request's status, in its words, as a badge: the queue, the customer's list, each request's page. */
export function RequestStatusBadge({ status }: { status: PrivacyRequestStatus }) {
  return (
    <Badge tone={REQUEST_STATUS_TONES[status]} apart={false}>
      {REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}
