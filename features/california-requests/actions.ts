"use server";

import { handlePublicRequestForm } from "@/features/requests/handle-public-request-form";
import type { PublicRequestState } from "@/features/requests/public-request-state";
import { californiaRequestSchema } from "./schemas";
import { planCaliforniaRequest } from "./service";

/** The public "Your California Privacy Rights" form's action; it reads no session. */
export async function submitCaliforniaRequestAction(_previous: PublicRequestState, formData: FormData): Promise<PublicRequestState> {
  return handlePublicRequestForm(formData, { name: "california-privacy-rights", schema: californiaRequestSchema, plan: planCaliforniaRequest });
}
