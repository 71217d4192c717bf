"use server";

import { receivePublicRequest } from "@/features/requests";
import { formAction } from "@/server/boundary";
import { californiaRequestSchema } from "./schemas";
import { planCaliforniaRequest } from "./service";

/** The public "Your California Privacy Rights" form's action; it reads no session. */
export const submitCaliforniaRequestAction = formAction({
  access: "public",
  schema: californiaRequestSchema,
  run: receivePublicRequest({ name: "california-privacy-rights", plan: planCaliforniaRequest }),
});
