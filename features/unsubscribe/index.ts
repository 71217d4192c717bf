/** What other features may use of the mailing lists: their names, and the demo's sample mailing to try unsubscribing. */
export { mailingListChoice, mailingListKeys } from "./mailing-lists";
export { sendSampleMailing } from "./sample-mailing";
export { samplePromotions } from "./sample-promotions";
export { sampleMailingSchema } from "./schemas";
export { unsubscribeSettingsFor } from "./service";
