"use server";

import { handlePublicRequestForm } from "@/features/requests/handle-public-request-form";
import type { PublicRequestState } from "@/features/requests/public-request-state";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { readSecrets } from "@/server/env";
import { minorReportSchema } from "./schemas";
import { planMinorReport } from "./service";

/** The "Report a minor's data" form's action; public, so it reads no session. */
export async function submitMinorReportAction(_previous: PublicRequestState, formData: FormData): Promise<PublicRequestState> {
  return handlePublicRequestForm(formData, {
    name: "minor-report",
    schema: minorReportSchema,
    plan: (report, links) => {
      // Only to compare a reported account number with the sealed ones; nothing opened is kept or shown.
      const cipher = createSensitiveCipher(readSecrets().encryptionKeys);
      return planMinorReport(report, (keyId, ciphertext) => cipher.open(keyId, ciphertext), links);
    },
  });
}
