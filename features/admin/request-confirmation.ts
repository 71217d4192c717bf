/**
 * The steps that close a request or end a hold for good: each asks for a
 * ticked "I understand … cannot be undone" first. The form shows the box
 * (request-action-forms.tsx); the server refuses the step without it
 * (request-action-schemas.ts), so it holds without JavaScript too. Plain
 * values, so the browser's form can use them.
 */
export const FINAL_STEPS = ["complete", "deny", "erase", "mistaken"] as const;
export type FinalStep = (typeof FINAL_STEPS)[number];

export const CONFIRMATION_FIELD = "confirmed";
export const CONFIRMATION_REFUSED = "Tick the box to confirm: this step cannot be undone.";
