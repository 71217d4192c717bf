import "server-only";
import type { PublicRequestPlan, RequestLinks } from "@/features/requests";
import { buildCaliforniaAcknowledgement } from "./california-request-email";
import type { CaliforniaRequest } from "./schemas";

/**
 * A California Privacy Rights request made without an account. It is not
 * linked to a customer by the email typed: nobody has proved they own that
 * address yet, and a linked request would show in that customer's own list.
 * The administrator links it after verifying who asked.
 */
export function planCaliforniaRequest(request: CaliforniaRequest, links: RequestLinks): PublicRequestPlan {
  return {
    draft: {
      type: "california_privacy_rights",
      idempotencyKey: request.idempotencyKey,
      requesterName: request.fullName,
      requesterEmail: request.email,
      requesterPostal: { streetAddress: request.streetAddress, city: request.city, state: request.state, postalCode: request.postalCode },
      details: { answerChannel: request.answerChannel },
      urgent: false,
      receivedMessage: "We received your request (Your California Privacy Rights).",
    },
    auditAction: "receive_california_privacy_rights_request",
    acknowledgement: (summary) =>
      request.email ? buildCaliforniaAcknowledgement(request.email, request.answerChannel, summary, links.statusUrl(summary.reference)) : null,
  };
}
