import { beforeEach, describe, expect, it, vi } from "vitest";
import { idleFormState } from "@/lib/forms/form-state";
import { formOf as form, resetSurroundings, surroundings, untouchedDatabase } from "@/server/boundary/testing/entry-point-surroundings";
import { sendSampleMailingAction } from "./actions";

// Demo mode (its secrets too: env.ts reads the environment once, on import) and the machine the request
// comes from, switched per test; the mailing itself is not what is tested here.
const demo = vi.hoisted(() => ({ on: true, sent: [] as string[] }));
vi.mock("@/server/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/env")>();
  return { ...original, env: new Proxy(original.env, { get: (target, name) => (name === "isDemo" ? demo.on : Reflect.get(target, name)) }) };
});
vi.mock("@/features/unsubscribe/sample-mailing", () => ({
  sendSampleMailing: async (_db: unknown, list: string) => {
    demo.sent.push(list);
    return { queued: 2, skipped: 1 };
  },
}));
// The rest of the action's surroundings (server/boundary/testing/entry-point-surroundings.ts): the connection's
// address, Next.js's cache, redirect and not-found, an untouched database, and no session read.
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("@/server/auth/current-account", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).sessionNeverReadModule());

beforeEach(() => {
  resetSurroundings();
  surroundings.clientAddress = "127.0.0.1";
  surroundings.handle = untouchedDatabase;
  demo.on = true;
  demo.sent = [];
});

describe("the demo mailbox's sample mailing", () => {
  it("sends on the list asked for, in demo mode, from this machine", async () => {
    expect(await sendSampleMailingAction(idleFormState, form({ list: "promotional-email" }))).toEqual({
      status: "success",
      message: "Sent “Promotional email from Phone.com” to 2 customers; 1 skipped (unsubscribed, or marketing held by an open minor’s report).",
    });
    expect(demo.sent).toEqual(["promotional-email"]);
    expect(surroundings.kicks).toBe(1);
    expect(surroundings.revalidated).toEqual(["/dev/mailbox"]);
  });

  it("does not exist outside demo mode, nor for another machine, before its form is even read", async () => {
    // A form the schema would refuse: the answer is still "not found", never the form's error.
    const tampered = form({ list: "everyone", extra: "field" });
    demo.on = false;
    await expect(sendSampleMailingAction(idleFormState, tampered)).rejects.toThrow("not found");
    demo.on = true;
    surroundings.clientAddress = "203.0.113.9";
    await expect(sendSampleMailingAction(idleFormState, tampered)).rejects.toThrow("not found");
    expect(demo.sent).toEqual([]);
  });

  it("answers a list there is not with the form's error, on the demo machine", async () => {
    expect(await sendSampleMailingAction(idleFormState, form({ list: "everyone" }))).toMatchObject({
      status: "error",
      fieldErrors: { list: "There is no such mailing list." },
    });
  });
});
