import type { ContactField } from "./schemas";

/**
 * What the correction form shows after a submission, with or without
 * JavaScript: the values as submitted (so nothing typed is lost), an error per
 * field, and a message.
 */
export interface CorrectionState {
  status: "idle" | "invalid" | "saved" | "failed";
  message: string;
  values: Partial<Record<ContactField, string>>;
  fieldErrors: Partial<Record<ContactField, string>>;
}

export const initialCorrectionState: CorrectionState = { status: "idle", message: "", values: {}, fieldErrors: {} };
