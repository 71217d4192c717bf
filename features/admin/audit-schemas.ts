import { z } from "zod";

const email = z.email("Enter an email address, e.g. alex.rivera@example.com.");

/** The audit search as it arrives in the address; an empty field means "anyone". */
export const auditSearchSchema = z.object({
  customer: z.union([z.literal(""), email]).optional(),
  staff: z.union([z.literal(""), email]).optional(),
  before: z.coerce.number().int().positive().optional().catch(undefined),
  verify: z.literal("1").optional().catch(undefined),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;
