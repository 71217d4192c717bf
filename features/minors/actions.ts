"use server";

import { receivePublicRequest } from "@/features/requests";
import { formAction } from "@/server/boundary";
import { minorReportSchema } from "./schemas";
import { planMinorReport } from "./service";

/** The "Report a minor's data" form's action; public, so it reads no session. */
export const submitMinorReportAction = formAction({
  access: "public",
  schema: minorReportSchema,
  run: receivePublicRequest({
    name: "minor-report",
    plan: (report, links, context) => {
      // Only to compare a reported account number with the sealed ones; nothing opened is kept or shown.
      const cipher = context.cipher();
      return planMinorReport(report, (keyId, ciphertext) => cipher.open(keyId, ciphertext), links, context.now);
    },
  }),
});
