import { beforeEach, describe, expect, it, vi } from "vitest";
import { idleFormState } from "@/lib/forms/form-state";
import { sendSampleMailingAction } from "./actions";

// Demo mode (its secrets too: env.ts reads the environment once, on import) and the machine the request
// comes from, switched per test; the mailing itself is not what is tested here.
vi.hoisted(() => {
  process.env.PRIVACY_CENTER_MODE = "demo";
});
const surroundings = vi.hoisted(() => ({ demo: true, peer: "127.0.0.1", sent: [] as string[] }));
vi.mock("@/server/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/env")>();
  return { ...original, env: new Proxy(original.env, { get: (target, name) => (name === "isDemo" ? surroundings.demo : Reflect.get(target, name)) }) };
});
vi.mock("next/headers", async () => {
  const { stampedHeaders } = await import("@/server/http/testing/stamped-headers");
  return { headers: async () => stampedHeaders(surroundings.peer) };
});
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("not found");
  },
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`);
  },
}));
vi.mock("@/server/db/database", () => ({ database: async () => ({ fake: "database" }) }));
vi.mock("@/server/auth/current-account", () => ({}));
vi.mock("@/server/email/email-dispatcher", () => ({ kickEmailDispatcher: () => undefined }));
vi.mock("@/features/unsubscribe/sample-mailing", () => ({
  sendSampleMailing: async (_db: unknown, list: string) => {
    surroundings.sent.push(list);
    return { queued: 2, skipped: 1 };
  },
}));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

beforeEach(() => {
  surroundings.demo = true;
  surroundings.peer = "127.0.0.1";
  surroundings.sent = [];
});

describe("the demo mailbox's sample mailing", () => {
  it("sends on the list asked for, in demo mode, from this machine", async () => {
    expect(await sendSampleMailingAction(idleFormState, form({ list: "promotional-email" }))).toEqual({
      status: "success",
      message: "Sent “Promotional email from Phone.com” to 2 customers; 1 skipped (unsubscribed, or marketing held by an open minor’s report).",
    });
    expect(surroundings.sent).toEqual(["promotional-email"]);
  });

  it("does not exist outside demo mode, nor for another machine, before its form is even read", async () => {
    // A form the schema would refuse: the answer is still "not found", never the form's error.
    const tampered = form({ list: "everyone", extra: "field" });
    surroundings.demo = false;
    await expect(sendSampleMailingAction(idleFormState, tampered)).rejects.toThrow("not found");
    surroundings.demo = true;
    surroundings.peer = "203.0.113.9";
    await expect(sendSampleMailingAction(idleFormState, tampered)).rejects.toThrow("not found");
    expect(surroundings.sent).toEqual([]);
  });

  it("answers a list there is not with the form's error, on the demo machine", async () => {
    expect(await sendSampleMailingAction(idleFormState, form({ list: "everyone" }))).toMatchObject({
      status: "error",
      fieldErrors: { list: "There is no such mailing list." },
    });
  });
});
