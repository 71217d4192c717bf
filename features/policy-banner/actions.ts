"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { postAction } from "@/server/boundary";
import { dismissPolicyChange } from "./service";

const dismissSchema = z.strictObject({ versionId: z.string().min(1).max(100) });

/**
 * "Dismiss" on the policy-change banner: a plain form, so it works without
 * JavaScript. A stale form (a version no longer in force) records nothing, and
 * the page shows the banner of the version in force again.
 */
export const dismissPolicyChangeAction = postAction({
  access: "customer",
  returnTo: "/account",
  schema: dismissSchema,
  run: async ({ versionId }, context) => {
    await dismissPolicyChange(context.db, context.actor.accountId, versionId, context.now);
    revalidatePath("/account");
    redirect("/account");
  },
});
