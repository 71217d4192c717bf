"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireFormData } from "@/server/actions/require-form-data";
import { requireCustomer } from "@/server/auth/current-account";
import { dismissPolicyChange } from "./service";

const dismissSchema = z.strictObject({ versionId: z.string().min(1).max(100) });

/** "Dismiss" on the policy-change banner: a plain form, so it works without JavaScript. */
export async function dismissPolicyChangeAction(input: FormData): Promise<void> {
  const customer = await requireCustomer("/account");
  const parsed = dismissSchema.safeParse({ versionId: requireFormData(input).get("versionId") });
  // A stale or tampered form records nothing; the page shows the banner of the version in force again.
  if (parsed.success) await dismissPolicyChange(customer.accountId, parsed.data.versionId);
  revalidatePath("/account");
  redirect("/account");
}
