import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { californiaRequestSchema } from "@/features/california-requests/schemas";
import { planCaliforniaRequest } from "@/features/california-requests/service";
import type { DatabaseHandle } from "@/server/db/create-database";
import { createTestDatabase, ENGINES } from "@/server/db/testing/engines";
import { handlePublicRequestForm } from "./handle-public-request-form";
import { REFERENCE_PATTERN } from "./reference";
import { isRequestStatusKey } from "./status-link";

// Demo mode: the status links are signed with the demo secret (env.ts reads the environment once, on import).
vi.hoisted(() => {
  process.env.PRIVACY_CENTER_MODE = "demo";
});

// The action's surroundings: the request's headers, the app's database, the outbox's wake-up call.
// The socket's address, and what the client claims in its own headers.
const surroundings = vi.hoisted(() => ({
  handle: null as DatabaseHandle | null,
  clientAddress: "203.0.113.1" as string | null,
  sentHeaders: {} as Record<string, string>,
  kicks: 0,
}));
vi.mock("next/headers", async () => {
  const { stampedHeaders } = await import("@/server/http/testing/stamped-headers");
  return { headers: async () => stampedHeaders(surroundings.clientAddress, surroundings.sentHeaders) };
});
vi.mock("@/server/db/database", () => ({
  database: async () => surroundings.handle!.db,
  databaseHandle: async () => surroundings.handle!,
}));
vi.mock("@/server/email/email-dispatcher", () => ({
  kickEmailDispatcher: () => {
    surroundings.kicks++;
  },
}));

let address = 0;
const californiaForm = { name: "california-test", schema: californiaRequestSchema, plan: planCaliforniaRequest };

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const validRequest = (overrides: Record<string, string> = {}) =>
  formData({
    idempotencyKey: randomUUID(),
    website: "",
    fullName: "Casey Californian",
    answerChannel: "email",
    email: "casey@example.com",
    streetAddress: "",
    city: "Fresno",
    state: "ca",
    postalCode: "93650",
    ...overrides,
  });

describe.each(ENGINES)("the public request form's action on %s", (engine) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    surroundings.handle = handle;
    // Each engine counts in its own store: forget the throttles (kept per process) the other engine made.
    (globalThis as { __privacyCenterPublicThrottles?: Map<string, unknown> }).__privacyCenterPublicThrottles?.clear();
  });
  afterAll(async () => handle.drop());
  beforeEach(() => {
    surroundings.clientAddress = `198.51.100.${++address}`; // a fresh address per test, on both engines
    surroundings.kicks = 0;
  });

  const countRequests = async () => (await handle.db.selectFrom("privacyRequests").select("id").execute()).length;

  it("accepts a request, confirms it with its reference and answer date, and wakes the outbox", async () => {
    const state = await handlePublicRequestForm(validRequest(), californiaForm);
    expect(state).toMatchObject({ status: "received", acknowledgementEmailed: true });
    if (state.status !== "received") return;
    expect(state.reference).toMatch(REFERENCE_PATTERN);
    const stored = await handle.db.selectFrom("privacyRequests").select(["type", "answerBy", "requesterPostalJson"]).where("reference", "=", state.reference).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ type: "california_privacy_rights", answerBy: state.answerBy });
    expect(JSON.parse(stored.requesterPostalJson!)).toEqual({ streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" });
    expect(surroundings.kicks).toBe(1);

    // The confirmation and the email both give the requester their own link to follow the request.
    const key = new URL(state.statusPath, "http://localhost").searchParams.get("key") ?? "";
    expect(state.statusPath.startsWith(`/requests/${state.reference}?key=`)).toBe(true);
    expect(isRequestStatusKey(state.reference, key)).toBe(true);
    const email = await handle.db.selectFrom("emailOutbox").select("textBody").where("subject", "like", `%${state.reference}%`).executeTakeFirstOrThrow();
    expect(email.textBody).toContain(`${state.statusPath}`);
  });

  it("pretends to accept a form whose honeypot is filled, and stores nothing", async () => {
    const before = await countRequests();
    const outboxBefore = (await handle.db.selectFrom("emailOutbox").select("id").execute()).length;
    const state = await handlePublicRequestForm(validRequest({ website: "https://spam.example" }), californiaForm);
    expect(state.status).toBe("received");
    if (state.status === "received") expect(state.reference).toMatch(REFERENCE_PATTERN);
    expect(await countRequests()).toBe(before);
    expect((await handle.db.selectFrom("emailOutbox").select("id").execute()).length).toBe(outboxBefore);
    expect(surroundings.kicks).toBe(0);
  });

  it("answers invalid input with a message per field, keeping the values but never the honeypot", async () => {
    const before = await countRequests();
    const state = await handlePublicRequestForm(
      validRequest({ answerChannel: "postal", streetAddress: "", state: "Cal", postalCode: "9365", email: "not an email", website: "x" }),
      californiaForm,
    );
    expect(state).toMatchObject({
      status: "error",
      message: "There are problems with 4 answers.",
      fieldErrors: {
        streetAddress: "Enter your street address: you chose to get our answer by postal mail.",
        state: "Enter your state as its two-letter code, for example CA.",
        postalCode: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789.",
        email: "Enter an email address like name@example.com.",
      },
    });
    if (state.status !== "error") return;
    expect(state.values).toMatchObject({ fullName: "Casey Californian", state: "Cal", postalCode: "9365", answerChannel: "postal" });
    expect(state.values).not.toHaveProperty("website");
    expect(await countRequests()).toBe(before);
  });

  it("refuses a copied key sent with anything else typed, without a word about the request it made", async () => {
    const key = randomUUID();
    const first = await handlePublicRequestForm(validRequest({ idempotencyKey: key }), californiaForm);
    if (first.status !== "received") throw new Error("expected the first request to be received");
    const before = await countRequests();

    const stranger = await handlePublicRequestForm(validRequest({ idempotencyKey: key, fullName: "Mallory", email: "mallory@example.com" }), californiaForm);
    expect(stranger).toMatchObject({ status: "error", message: "This form has expired. Please reload the page and send it again." });
    expect(JSON.stringify(stranger)).not.toContain(first.reference);
    expect(JSON.stringify(stranger)).not.toContain(first.statusPath);
    expect(await countRequests()).toBe(before);
    // The same person sending the very same form again still gets their reference.
    expect(await handlePublicRequestForm(validRequest({ idempotencyKey: key }), californiaForm)).toEqual(first);
  });

  it("refuses a field the form never had", async () => {
    const data = validRequest();
    data.append("customerId", "someone-else");
    const state = await handlePublicRequestForm(data, californiaForm);
    expect(state).toMatchObject({ status: "error", message: "The form sent something we did not expect. Please reload the page and try again." });
  });

  it("accepts 5 requests an hour from one address, then says when to try again; a replay still gets its reference", async () => {
    const first = validRequest();
    const firstState = await handlePublicRequestForm(first, californiaForm);
    for (let n = 1; n < 5; n++) {
      expect(await handlePublicRequestForm(validRequest(), californiaForm)).toMatchObject({ status: "received" });
    }
    const before = await countRequests();
    const refused = await handlePublicRequestForm(validRequest(), californiaForm);
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(/please try again in (60|59) minutes/) });
    expect(await countRequests()).toBe(before);

    // The same form sent again is not a new request, so the limit does not apply to it.
    const replay = await handlePublicRequestForm(first, californiaForm);
    expect(replay).toEqual(firstState);

    // A client that claims another address in X-Forwarded-For is still counted by its socket's.
    surroundings.sentHeaders = { "x-forwarded-for": "198.51.100.77" };
    expect((await handlePublicRequestForm(validRequest(), californiaForm)).status).toBe("error");
    surroundings.sentHeaders = {};

    surroundings.clientAddress = "192.0.2.200";
    expect((await handlePublicRequestForm(validRequest(), californiaForm)).status).toBe("received");
  });

  it("counts requests whose address cannot be told together, rather than not at all", async () => {
    surroundings.clientAddress = null;
    for (let n = 0; n < 5; n++) expect((await handlePublicRequestForm(validRequest(), californiaForm)).status).toBe("received");
    expect(await handlePublicRequestForm(validRequest(), californiaForm)).toMatchObject({ status: "error", message: expect.stringMatching(/try again in/) });
  });
});
