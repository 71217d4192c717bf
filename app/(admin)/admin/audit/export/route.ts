import { auditSearchSchema } from "@/features/admin/audit-schemas";
import { exportAuditLog } from "@/features/admin/audit-service";
import { getSignedInAccount } from "@/server/auth/current-account";

/** The filtered audit log as CSV, for administrators only (checked here, not left to the layout). */
export async function GET(request: Request) {
  const account = await getSignedInAccount();
  if (!account) return new Response("Sign in as the Privacy Administrator to download the audit log.", { status: 401 });
  if (account.role !== "admin") return new Response("Not found.", { status: 404 });
  const parsed = auditSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response(`Nothing exported: ${parsed.error.issues[0]?.message ?? "check the search."}`, { status: 400 });
  const csv = await exportAuditLog(parsed.data, account);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
