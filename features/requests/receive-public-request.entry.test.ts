import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { californiaRequestSchema } from "@/features/california-requests/schemas";
import { planCaliforniaRequest } from "@/features/california-requests/service";
import type { FormState } from "@/lib/forms/form-state";
import { formAction } from "@/server/boundary";
import { entryPointDatabaseFor, formOf as formData, surroundings } from "@/server/boundary/testing/entry-point-surroundings";
import type { DatabaseHandle } from "@/server/db/create-database";
import { ENGINES } from "@/server/db/testing/engines";
import { logger } from "@/server/log/logger.mjs";
import { receivePublicRequest } from "./receive-public-request";
import type { ReceivedRequest } from "./received-request";
import { REFERENCE_PATTERN } from "./reference";
import { isRequestStatusKey } from "./status-link";

// Demo mode: the status links are signed with the demo secret (env.ts reads the environment once, on import).

// The action's surroundings (server/boundary/testing/entry-point-surroundings.ts): the socket's address and what
// the client claims in its own headers, the test's database, the outbox's wake-up call; a public form reads no session.
vi.mock("@/server/auth/current-account", async () => (await import("@/server/boundary/testing/entry-point-surroundings")).sessionNeverReadModule());

/** A database that is away, to see a fault answered. */
const databaseAway = {
  engine: "sqlite",
  db: {
    selectFrom: () => {
      throw new Error("connection refused");
    },
  },
} as unknown as DatabaseHandle;

let address = 0;
// A public request form's action as the California form's is made, with a rate-limit count of its own.
const californiaAction = formAction({ access: "public", schema: californiaRequestSchema, run: receivePublicRequest({ name: "california-test", plan: planCaliforniaRequest }) });
const send = (form: FormData) => californiaAction({ status: "idle" }, form);

/** The confirmation of a request received (the test fails when there is none). */
function receivedOf(state: FormState<ReceivedRequest>): ReceivedRequest {
  if (state.status !== "success" || !state.result) throw new Error(`expected the request to be received, got ${JSON.stringify(state)}`);
  return state.result;
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

describe.each(ENGINES)("a public request form's action on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  beforeAll(async () => {
    // Each engine counts in its own store: forget the throttles (kept per process) the other engine made.
    (globalThis as { __privacyCenterPublicThrottles?: Map<string, unknown> }).__privacyCenterPublicThrottles?.clear();
  });
  beforeEach(() => {
    surroundings.clientAddress = `198.51.100.${++address}`; // a fresh address per test, on both engines
  });

  const countRequests = async () => (await handle.db.selectFrom("privacyRequests").select("id").execute()).length;

  it("accepts a request, confirms it with its reference and answer date, and wakes the outbox", async () => {
    const state = await send(validRequest());
    expect(state).toMatchObject({ status: "success", result: { acknowledgementEmailed: true } });
    const received = receivedOf(state);
    expect(received.reference).toMatch(REFERENCE_PATTERN);
    const stored = await handle.db.selectFrom("privacyRequests").select(["type", "answerBy", "requesterPostalJson"]).where("reference", "=", received.reference).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ type: "california_privacy_rights", answerBy: received.answerBy });
    expect(JSON.parse(stored.requesterPostalJson!)).toEqual({ streetAddress: null, city: "Fresno", state: "CA", postalCode: "93650" });
    expect(surroundings.kicks).toBe(1);

    // The confirmation and the email both give the requester their own link to follow the request.
    const key = new URL(received.statusPath, "http://localhost").searchParams.get("key") ?? "";
    expect(received.statusPath.startsWith(`/requests/${received.reference}?key=`)).toBe(true);
    expect(isRequestStatusKey(received.reference, key)).toBe(true);
    const email = await handle.db.selectFrom("emailOutbox").select("textBody").where("subject", "like", `%${received.reference}%`).executeTakeFirstOrThrow();
    expect(email.textBody).toContain(`${received.statusPath}`);
  });

  it("pretends to accept a form whose honeypot is filled, and stores nothing", async () => {
    const before = await countRequests();
    const outboxBefore = (await handle.db.selectFrom("emailOutbox").select("id").execute()).length;
    const state = await send(validRequest({ website: "https://spam.example" }));
    expect(receivedOf(state).reference).toMatch(REFERENCE_PATTERN);
    expect(await countRequests()).toBe(before);
    expect((await handle.db.selectFrom("emailOutbox").select("id").execute()).length).toBe(outboxBefore);
    expect(surroundings.kicks).toBe(0);
  });

  it("answers invalid input with a message per field, keeping the values but never the honeypot", async () => {
    const before = await countRequests();
    const state = await send(validRequest({ answerChannel: "postal", streetAddress: "", state: "Cal", postalCode: "9365", email: "not an email", website: "x" }));
    expect(state).toMatchObject({
      status: "error",
      message: "There are problems with 4 answers. Please correct the highlighted fields.",
      fieldErrors: {
        streetAddress: "Enter your street address: you chose to get our answer by postal mail.",
        state: "Enter your state as its two-letter code, for example CA.",
        postalCode: "Enter a ZIP code of 5 digits, or 9 digits as 12345-6789.",
        email: "Enter an email address like name@example.com.",
      },
    });
    expect(state.values).toMatchObject({ fullName: "Casey Californian", state: "Cal", postalCode: "9365", answerChannel: "postal" });
    expect(state.values).not.toHaveProperty("website");
    expect(await countRequests()).toBe(before);
  });

  it("refuses a copied key sent with anything else typed, without a word about the request it made", async () => {
    const key = randomUUID();
    const firstState = await send(validRequest({ idempotencyKey: key }));
    const first = receivedOf(firstState);
    const before = await countRequests();

    const stranger = await send(validRequest({ idempotencyKey: key, fullName: "Mallory", email: "mallory@example.com" }));
    expect(stranger).toMatchObject({ status: "error", message: "This form has expired. Please reload the page and send it again." });
    expect(JSON.stringify(stranger)).not.toContain(first.reference);
    expect(JSON.stringify(stranger)).not.toContain(first.statusPath);
    expect(await countRequests()).toBe(before);
    // The same person sending the very same form again still gets their reference.
    expect(await send(validRequest({ idempotencyKey: key }))).toEqual(firstState);
  });

  it("refuses a field the form never had", async () => {
    const data = validRequest();
    data.append("customerId", "someone-else");
    const state = await send(data);
    expect(state).toMatchObject({ status: "error", message: "The form sent something we did not expect. Please reload the page and try again." });
  });

  it("accepts 5 requests an hour from one address, then says when to try again; a replay still gets its reference", async () => {
    const first = validRequest();
    const firstState = await send(first);
    for (let n = 1; n < 5; n++) {
      expect(await send(validRequest())).toMatchObject({ status: "success" });
    }
    const before = await countRequests();
    const refused = await send(validRequest());
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(/please try again in (60|59) minutes/) });
    expect(await countRequests()).toBe(before);

    // The same form sent again is not a new request, so the limit does not apply to it.
    const replay = await send(first);
    expect(replay).toEqual(firstState);

    // A client that claims another address in X-Forwarded-For is still counted by its socket's.
    surroundings.sentHeaders = { "x-forwarded-for": "198.51.100.77" };
    expect((await send(validRequest())).status).toBe("error");
    surroundings.sentHeaders = {};

    surroundings.clientAddress = "192.0.2.200";
    expect((await send(validRequest())).status).toBe("success");
  });

  it("counts requests whose address cannot be told together, rather than not at all", async () => {
    surroundings.clientAddress = null;
    for (let n = 0; n < 5; n++) expect((await send(validRequest())).status).toBe("success");
    expect(await send(validRequest())).toMatchObject({ status: "error", message: expect.stringMatching(/try again in/) });
  });

  it("says plainly that nothing was stored when the database fails, and gives back what was typed", async () => {
    const logged = vi.spyOn(logger(), "error").mockImplementation(() => {});
    surroundings.handle = databaseAway;
    try {
      const state = await send(validRequest());
      expect(state).toMatchObject({
        status: "error",
        message: expect.stringMatching(/^We could not save this just now, and nothing was stored\./),
        values: { fullName: "Casey Californian", city: "Fresno" },
      });
      // The log says why, without anything the person typed.
      expect(logged).toHaveBeenCalledWith("Public request (california-test) failed: connection refused");
    } finally {
      surroundings.handle = handle;
      logged.mockRestore();
    }
  });
});
