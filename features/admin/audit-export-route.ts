import "server-only";
import { plainText, route } from "@/server/boundary";
import { auditSearchSchema } from "./audit-schemas";
import { exportAuditLog } from "./audit-service";

/**
 * The filtered audit log as CSV, for GET /admin/audit/export: for the Privacy
 * Administrator only, checked here by the boundary (not left to the layout).
 * Without a session: 401 in words; a customer: 404.
 */
export const downloadAuditLog = route(
  "admin",
  async (request, context) => {
    const parsed = auditSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return plainText(`Nothing exported: ${parsed.error.issues[0]?.message ?? "check the search."}`, 400);
    const csv = await exportAuditLog(context.db, parsed.data, context.actor, context.now);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-log-${context.now.toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { signedOutMessage: "Sign in as the Privacy Administrator to download the audit log." },
);
