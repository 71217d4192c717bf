import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { CaliforniaRequestForm } from "./california-request-form";

/** Rendered per request, never cached: each visitor's form needs an idempotency key of its own. */
export async function CaliforniaRequestPage() {
  await connection();
  return <CaliforniaRequestForm idempotencyKey={randomUUID()} />;
}
