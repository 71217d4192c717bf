import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { ReportMinorForm } from "./report-minor-form";

/**
 * Rendered per request, never cached: each visitor's form carries an
 * idempotency key of its own, and a shared cached key would merge strangers'
 * reports into one.
 */
export async function ReportMinorPage() {
  await connection();
  return <ReportMinorForm idempotencyKey={randomUUID()} />;
}
