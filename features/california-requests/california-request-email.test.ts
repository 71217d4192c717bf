import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { requestLinks } from "@/features/requests/status-link";
import { receivedRequestSummary } from "@/features/requests/testing/received-request-summary";
import { expectNothingTheSenderChose } from "@/features/requests/testing/expect-nothing-the-sender-chose";
import { env } from "@/server/env";
import { californiaRequestSchema } from "./schemas";
import { planCaliforniaRequest } from "./service";

// The center's own address, and demo mode for the secret that signs the status link (env.ts reads both on import).
vi.hoisted(() => {
  process.env.PRIVACY_CENTER_MODE = "demo";
  process.env.SITE_URL = "https://privacy.center.example";
});

/** The free text a sender can type into the form, each a lure a phisher would use. State and ZIP are codes and cannot carry text. */
const typed = {
  fullName: "Your account is locked - verify at https://evil.example/login",
  email: "victim@example.com",
  streetAddress: "Reset your password at www.evil.example today",
  city: "Call +1 900 555 0100 to unlock",
};

const summary = (reference: string) => receivedRequestSummary("california_privacy_rights", reference);

describe("the acknowledgement of a California Privacy Rights request", () => {
  for (const answerChannel of ["email", "postal"] as const) {
    it(`says nothing the sender typed, not even their name, and links only to the center (answer by ${answerChannel})`, () => {
      const request = californiaRequestSchema.parse({ idempotencyKey: randomUUID(), answerChannel, state: "CA", postalCode: "93650", ...typed });
      const email = planCaliforniaRequest(request, requestLinks(env.SITE_URL)).acknowledgement(summary("PR-7K4Q-9M2X"))!;

      expect(email.to).toBe(typed.email);
      expect(email.text.startsWith("Hello,\n")).toBe(true);
      expectNothingTheSenderChose(email, [...Object.values(typed), "evil", "locked", "900", "unlock", "Reset"], env.SITE_URL);
      expect(email.subject).toContain("Your California Privacy Rights");
      expect(email.text).toContain(`${env.SITE_URL}/requests/PR-7K4Q-9M2X?key=`);
    });
  }
});
