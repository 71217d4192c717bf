import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

async function senderWith(smtpUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv("SMTP_URL", smtpUrl);
  return (await import("./mail-transport")).createMailSender();
}

describe("the mail sender", () => {
  it("is nothing without an SMTP server, so no message can be marked sent that never left", async () => {
    expect(await senderWith(undefined)).toBeNull();
  });

  it("is the SMTP server SMTP_URL names", async () => {
    expect(await senderWith("smtp://127.0.0.1:2525")).toMatchObject({ sendMail: expect.any(Function) });
  });
});
