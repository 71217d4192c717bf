import { dataCategories } from "@/content/data-categories";
import { buildDataExport, dataExportFileName } from "@/features/dashboard/build-data-export";
import { getCustomerInventory } from "@/features/dashboard/service";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { requireCustomer } from "@/server/auth/current-account";
import { env } from "@/server/env";

/**
 * "Download your data": generated on request for the signed-in customer only
 * (the session is checked here, not left to the layout, which does not wrap
 * route handlers). Never cached: it is personal and must reflect corrections.
 */
export async function GET() {
  // Signed out: sign in, then land on the dashboard rather than on a bare file.
  const customer = await requireCustomer("/account");
  const inventory = await getCustomerInventory(customer.accountId);
  if (!inventory) {
    return Response.json({ error: "This account has no customer record to download." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const now = new Date();
  const body = buildDataExport(inventory, dataCategories, { now, siteUrl: env.SITE_URL, policyVersion: getPolicyHistory(now).current.version.id });
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dataExportFileName(now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
