import { z } from "zod";
import { mailingListKeys } from "./mailing-lists";

/**
 * The one-click POST's body (RFC 8058 section 3.2): `List-Unsubscribe=One-Click`,
 * form-urlencoded or multipart. Not strict, unlike the center's other inputs:
 * the body comes from mail providers' software, and a field one of them adds
 * must not stop an opt-out the law says to honor.
 */
export const oneClickBodySchema = z.object({
  "List-Unsubscribe": z.literal("One-Click", { error: "The body must be List-Unsubscribe=One-Click (RFC 8058)." }),
});

/** The confirmation page's button: the link's token, which the page puts in the form (it is the only authority). */
export const confirmUnsubscribeSchema = z.strictObject({
  token: z.string().max(200),
});

/** The demo mailbox's "send a sample" form: which list to send on. */
export const sampleMailingSchema = z.strictObject({
  list: z.enum(mailingListKeys, { error: "There is no such mailing list." }),
});
