import { z } from "zod";

const isoDate = z
  .string({ message: "must be a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: "is not a real calendar date",
  });

/** The front matter every policy version must carry; unknown keys are mistakes, not extras. */
export const policyFrontMatterSchema = z
  .strictObject({
    id: z
      .string({ message: "is required (the version's permanent id, e.g. 2026-11-20)" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "may hold only lower-case letters, digits and single hyphens"),
    title: z.string({ message: "is required" }).trim().min(1, "must not be empty"),
    published: isoDate,
    effective: isoDate,
    summary: z.string({ message: "is required (a plain-language summary of the change)" }).trim().min(1, "must not be empty"),
    material: z.boolean({ message: "must be true or false (is the change material?)" }),
  })
  .refine((fm) => fm.effective >= fm.published, {
    path: ["effective"],
    message: "must not be earlier than the published date",
  });

export type PolicyFrontMatter = z.infer<typeof policyFrontMatterSchema>;
