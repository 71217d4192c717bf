import "server-only";
import { dataCategories } from "@/content/data-categories";
import { getPolicyHistory } from "@/features/policy";
import { route } from "@/server/boundary";
import { buildDataExport, dataExportFileName } from "./build-data-export";
import { readCustomerInventory } from "./service";

/**
 * "Download your data" (GET /account/download): generated on request for the
 * signed-in customer only (the session is checked here, not left to the
 * layout, which does not wrap route handlers). Signed out, a person who
 * clicked the link signs in and lands on the dashboard rather than on a bare
 * file. Never cached: it is personal and must reflect corrections.
 */
export const downloadYourData = route(
  "customer",
  async (_request, context) => {
    const inventory = await readCustomerInventory(context.db, context.actor.accountId);
    if (!inventory) {
      return Response.json({ error: "This account has no customer record to download." }, { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    const { now } = context;
    const body = buildDataExport(inventory, dataCategories, { now, siteUrl: context.siteUrl, policyVersion: getPolicyHistory(now).current.version.id });
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${dataExportFileName(now)}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { signedOut: { signIn: "/account" } },
);
