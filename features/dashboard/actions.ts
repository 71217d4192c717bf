"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireFormData } from "@/server/actions/require-form-data";
import { requireCustomer } from "@/server/auth/current-account";
import type { CorrectionState } from "./correction-state";
import { contactDetailsSchema, contactFields } from "./schemas";
import { correctContactDetails } from "./service";

/**
 * The correction form's action, used through useActionState so it works with
 * and without JavaScript: parse → check the session → update the customer's
 * own record (`where account_id = ?`, the id taken from the session only) →
 * revalidate.
 */
export async function correctContactDetailsAction(_previous: CorrectionState, formData: FormData): Promise<CorrectionState> {
  const submitted = readSubmittedFields(formData);
  const parsed = contactDetailsSchema.safeParse(submitted);
  const values = keepTypedValues(submitted);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const firstErrors = Object.fromEntries(
      Object.entries(fieldErrors).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]]] : [])),
    ) as CorrectionState["fieldErrors"];
    const count = Object.keys(firstErrors).length;
    return {
      status: "invalid",
      message: count > 0 ? `Nothing was saved: ${count === 1 ? "one field needs" : `${count} fields need`} correcting.` : "Nothing was saved: the form held fields we do not accept.",
      values,
      fieldErrors: firstErrors,
    };
  }

  const customer = await requireCustomer();
  const updated = await correctContactDetails(customer.accountId, parsed.data);
  if (!updated) {
    return { status: "failed", message: "Nothing was saved: this account has no customer record to correct.", values, fieldErrors: {} };
  }
  revalidatePath("/account");
  return { status: "saved", message: "Saved. Your corrected details are shown above.", values: parsed.data, fieldErrors: {} };
}

/** The form's own fields; React's "$ACTION_…" bookkeeping fields are not the customer's input. Not a form at all: 404. */
function readSubmittedFields(formData: unknown): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...requireFormData(formData).entries()].filter(([name]) => !name.startsWith("$ACTION")));
}

/** What to put back in the fields: only the known ones, only text. */
function keepTypedValues(submitted: Record<string, FormDataEntryValue>): CorrectionState["values"] {
  const values: CorrectionState["values"] = {};
  for (const field of contactFields) {
    const value = submitted[field];
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
