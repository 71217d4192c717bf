import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/server/db/create-database";
import { createTestDatabase, ENGINES } from "@/server/db/testing/engines";
import { idleFormState } from "./form-state";
import { resetPasswordAction } from "./password-reset-actions";

// The action's surroundings: the connection's address, the app's database, the outbox's wake-up call.
const surroundings = vi.hoisted(() => ({ handle: null as DatabaseHandle | null, clientAddress: "203.0.113.1" }));
vi.mock("next/headers", async () => {
  const { stampedHeaders } = await import("@/server/http/testing/stamped-headers");
  return { headers: async () => stampedHeaders(surroundings.clientAddress) };
});
vi.mock("@/server/db/database", () => ({
  database: async () => surroundings.handle!.db,
  databaseHandle: async () => surroundings.handle!,
}));
vi.mock("@/server/email/email-dispatcher", () => ({ kickEmailDispatcher: () => undefined }));

function resetForm(token: string): FormData {
  const form = new FormData();
  form.append("token", token);
  form.append("newPassword", "a brand new passphrase");
  form.append("confirmPassword", "a brand new passphrase");
  return form;
}

describe.each(ENGINES)("posting reset links on %s", (engine) => {
  beforeAll(async () => {
    surroundings.handle = await createTestDatabase(engine);
  });
  afterAll(async () => (surroundings.handle as Awaited<ReturnType<typeof createTestDatabase>>).drop());

  it("answers 10 made-up links from one address, then asks it to wait; another address is not held up", async () => {
    surroundings.clientAddress = `198.51.100.${engine === "sqlite" ? 1 : 2}`;
    for (let n = 0; n < 10; n++) {
      expect(await resetPasswordAction(idleFormState, resetForm(`made-up-link-number-${n}-xxxxxxxx`))).toMatchObject({
        status: "error",
        message: expect.stringMatching(/has expired or has already been used/),
      });
    }
    expect(await resetPasswordAction(idleFormState, resetForm("made-up-link-number-11-xxxxxxxx"))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^Too many reset links that did not work, try again in 15 minutes\./),
    });
    surroundings.clientAddress = "192.0.2.77";
    expect(await resetPasswordAction(idleFormState, resetForm("made-up-link-number-12-xxxxxxxx"))).toMatchObject({
      message: expect.stringMatching(/has expired or has already been used/),
    });
  });
});
