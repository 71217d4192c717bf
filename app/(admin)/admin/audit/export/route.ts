import { downloadAuditLog } from "@/features/admin/audit-export-route";

/** The filtered audit log as CSV, for the Privacy Administrator only. */
export const GET = downloadAuditLog;
