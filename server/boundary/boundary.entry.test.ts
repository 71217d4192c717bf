import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SignedInAccount } from "@/server/auth/current-account";
import { formOf as form, resetSurroundings, SENT_TO_NOT_FOUND_PAGE, signedInAs, surroundings, untouchedDatabase } from "./testing/entry-point-surroundings";
import { formAction, postAction, query, refuse, route } from "./index";

// The boundary's surroundings (./testing/entry-point-surroundings.ts): Next.js's redirect and not-found (which need a live
// request) as plain throws, the connection's headers, a database only handed on, and whoever the test signs in.

const asCustomer = () => signedInAs("customer-1", "customer", "pat@example.com");
const asAdmin = () => signedInAs("admin-1", "admin", "privacy@example.com");

/** A schema that records whether it was asked to parse anything. */
function watchedSchema() {
  const parsed: unknown[] = [];
  const schema = z.preprocess(
    (input) => {
      parsed.push(input);
      return input;
    },
    z.strictObject({ reference: z.string().regex(/^PR-/, "Enter a reference like PR-1234."), note: z.string().max(10, "Keep the note short.") }),
  );
  return { schema, parsed };
}

beforeEach(() => {
  resetSurroundings();
  surroundings.handle = untouchedDatabase;
});

describe("a form action", () => {
  it("whose input fails the schema never reaches authorization or the feature, and keeps what was typed", async () => {
    asCustomer();
    const authorize = vi.fn(async () => ({ id: "r1" }));
    const run = vi.fn(async () => ({ status: "success" as const }));
    const action = formAction({ access: "customer", schema: watchedSchema().schema, authorize, run });

    const state = await action({ status: "idle" }, form({ reference: "nope", note: "far too long a note" }));

    expect(authorize).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: "error",
      message: "There are problems with 2 answers. Please correct the highlighted fields.",
      fieldErrors: { reference: "Enter a reference like PR-1234.", note: "Keep the note short." },
      values: { reference: "nope", note: "far too long a note" },
    });
  });

  it("called without a session never parses the resource ids it was sent, and goes to sign in", async () => {
    const { schema, parsed } = watchedSchema();
    const run = vi.fn();
    const action = formAction({ access: "customer", schema, returnTo: "/account/requests", run });

    await expect(action({ status: "idle" }, form({ reference: "PR-1", note: "" }))).rejects.toThrow("redirect to /sign-in?next=%2Faccount%2Frequests");
    expect(parsed).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });

  it("for the administrator is refused to a customer as if it did not exist", async () => {
    asCustomer();
    const { schema, parsed } = watchedSchema();
    const run = vi.fn();
    await expect(formAction({ access: "admin", schema, run })({ status: "idle" }, form({ reference: "PR-1", note: "" }))).rejects.toThrow("not found");
    expect(parsed).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });

  it("answers anything but a form 404 before looking at the session", async () => {
    const action = formAction({ access: "customer", schema: watchedSchema().schema, run: vi.fn() });
    await expect(action({ status: "idle" }, "not a form" as unknown as FormData)).rejects.toThrow("not found");
  });

  it("hands the feature the session's account, never one from the form, with the database and one clock", async () => {
    const customer = asCustomer();
    const run = vi.fn(async () => ({ status: "success" as const, message: "Saved." }));
    const action = formAction({ access: "customer", schema: z.strictObject({ note: z.string() }), run });

    expect(await action({ status: "idle" }, form({ note: "hello" }))).toEqual({ status: "success", message: "Saved." });
    const [input, context] = run.mock.calls[0] as unknown as [unknown, { actor: SignedInAccount; db: unknown; now: Date; siteUrl: string }];
    expect(input).toEqual({ note: "hello" });
    expect(context.actor).toEqual(customer);
    expect(context.db).toBe(untouchedDatabase.db);
    expect(context.now).toBeInstanceOf(Date);
    expect(context.siteUrl).toMatch(/^http/);
  });

  it("answers a resource the actor may not see 404, and the feature never runs", async () => {
    asCustomer();
    const run = vi.fn();
    const action = formAction({ access: "customer", schema: watchedSchema().schema, authorize: async () => undefined, run });
    await expect(action({ status: "idle" }, form({ reference: "PR-9", note: "" }))).rejects.toThrow("not found");
    expect(run).not.toHaveBeenCalled();
  });

  it("turns a refusal into the form's error state with what was typed kept, never a password", async () => {
    asCustomer();
    const action = formAction({
      access: "signed-in",
      schema: z.strictObject({ newEmail: z.string(), currentPassword: z.string() }),
      run: async () => refuse("Your email address was not changed.", { currentPassword: "That is not your current password." }),
    });
    expect(await action({ status: "idle" }, form({ newEmail: "new@example.com", currentPassword: "wrong" }))).toEqual({
      status: "error",
      message: "Your email address was not changed.",
      fieldErrors: { currentPassword: "That is not your current password." },
      values: { newEmail: "new@example.com" },
    });
  });

  it("lets a fault through to the error page rather than calling it a refusal", async () => {
    asAdmin();
    const action = formAction({ access: "admin", schema: z.strictObject({}), run: async () => Promise.reject(new Error("disk full")) });
    await expect(action({ status: "idle" }, form({}))).rejects.toThrow("disk full");
  });

  it("tells a tampered form (an unknown field, a filled honeypot) that it was unexpected, in one sentence", async () => {
    const action = formAction({ access: "public", schema: z.strictObject({ email: z.email("Enter an email address.") }), run: vi.fn() });
    const state = await action({ status: "idle" }, form({ email: "a@example.com", customerId: "someone-else" }));
    expect(state).toMatchObject({ status: "error", message: "The form sent something we did not expect. Please reload the page and try again.", fieldErrors: {} });
  });
});

describe("a plain form's action", () => {
  it("answers a value the page never offers 404, after checking the session", async () => {
    asCustomer();
    const run = vi.fn();
    const action = postAction({ access: "customer", schema: z.strictObject({ choiceKey: z.enum(["sharing"]) }), run });
    await expect(action(form({ choiceKey: "invented" }))).rejects.toThrow("not found");
    await action(form({ choiceKey: "sharing" }));
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toEqual({ choiceKey: "sharing" });
  });
});

describe("a query", () => {
  const readRequestForAdmin = query("admin", async (context, reference: string) => ({ reference, readBy: context.actor.accountId }));

  it("for the administrator is refused to a customer even when the page forgot to check", async () => {
    asCustomer();
    await expect(readRequestForAdmin("PR-1")).rejects.toThrow(SENT_TO_NOT_FOUND_PAGE);
  });

  it("sends a visitor without a session to sign in", async () => {
    await expect(readRequestForAdmin("PR-1")).rejects.toThrow("redirect to /sign-in");
  });

  it("reads for the administrator as the administrator", async () => {
    asAdmin();
    expect(await readRequestForAdmin("PR-1")).toEqual({ reference: "PR-1", readBy: "admin-1" });
  });
});

describe("a route handler", () => {
  const download = route("admin", async (_request, context, params: { id: string }) => new Response(`${params.id} for ${context.actor.email}`), {
    signedOutMessage: "Sign in as the Privacy Administrator to download the audit log.",
  });
  const call = (id: string) => download(new Request("http://localhost/admin/x"), { params: Promise.resolve({ id }) });

  it("answers a visitor without a session 401 in words, and a customer 404", async () => {
    const signedOut = await call("a");
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe("Sign in as the Privacy Administrator to download the audit log.");
    asCustomer();
    expect((await call("a")).status).toBe(404);
  });

  it("sends a person without a session to sign in and back, when asked to", async () => {
    const customerDownload = route("customer", async () => new Response("file"), { signedOut: { signIn: "/account" } });
    await expect(customerDownload(new Request("http://localhost/account/download"))).rejects.toThrow("redirect to /sign-in?next=%2Faccount");
  });

  it("hands the handler its parameters and the actor once the role fits", async () => {
    asAdmin();
    expect(await (await call("export")).text()).toBe("export for privacy@example.com");
  });
});
