import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCustomer } from "@/features/requests/testing/request-fixtures";
import { insertAdministrator, insertCustomerRecords } from "@/features/requests/workflow/workflow-test-fixtures";
import { entryPointDatabaseFor, signedInAs } from "@/server/boundary/testing/entry-point-surroundings";
import { ENGINES } from "@/server/db/testing/engines";
import { downloadYourData } from "./download-route";
import { insertCallRecords } from "./testing/held-records";


const CALLS = 1_500;

describe.each(ENGINES)("GET /account/download on %s", (engine) => {
  const handle = entryPointDatabaseFor(engine);
  let customer: string;
  let admin: string;
  beforeAll(async () => {
    customer = await insertTestCustomer(handle.db);
    admin = await insertAdministrator(handle.db);
    await insertCustomerRecords(handle.db, customer, new Date("2026-11-28T12:00:00.000Z"));
    await insertCallRecords(handle.db, customer, CALLS);
  });

  const download = () => downloadYourData(new Request("http://localhost/account/download"), { params: Promise.resolve({}) });

  it("answers the signed-in customer with a streamed file holding every call record", async () => {
    signedInAs(customer, "customer");
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="phone-com-privacy-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    // A stream read in chunks, not one string.
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let chunks = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      text += decoder.decode(next.value, { stream: true });
      chunks += 1;
    }
    expect(chunks).toBeGreaterThan(1);
    const copy = JSON.parse(text) as { categories: { id: string; records: unknown }[] };
    const cpni = copy.categories.find((category) => category.id === "cpni")!.records as { callRecords: unknown[] };
    expect(cpni.callRecords).toHaveLength(CALLS + 5);
  });

  it("sends a visitor without a session to sign in, and answers the administrator 404", async () => {
    await expect(download()).rejects.toThrow("redirect to /sign-in?next=%2Faccount");
    signedInAs(admin, "admin");
    expect((await download()).status).toBe(404);
  });
});
