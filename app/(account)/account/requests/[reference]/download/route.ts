import { downloadRequestExport } from "@/features/customer-requests/download-route";

/** The copy a completed access request produced: only for the customer who asked for it, about themselves. */
export const GET = downloadRequestExport;
