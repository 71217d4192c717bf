import "server-only";
import { dataCategories } from "@/content/data-categories";
import { getPolicyHistory } from "@/features/policy";
import { textStream } from "@/lib/streaming-json";
import { route } from "@/server/boundary";
import { dataExportFileName, streamDataExport } from "./build-data-export";
import { logger } from "@/server/log/logger.mjs";

/**
 * "Download your data" (GET /account/download): everything held about the
 * signed-in customer, generated on request for them only (the session is
 * checked here, not left to the layout, which does not wrap route handlers).
 * Signed out, a person who clicked the link signs in and lands on the
 * dashboard rather than on a bare file. Never cached: it is personal and must
 * reflect corrections.
 *
 * Streamed: the body is written as the reader takes it, a page of records at
 * a time, so a customer with years of call records costs one page of memory.
 */
export const downloadYourData = route(
  "customer",
  async (_request, context) => {
    const { now } = context;
    const chunks = await streamDataExport(context.db, context.actor.accountId, dataCategories, {
      now,
      siteUrl: context.siteUrl,
      policyVersion: getPolicyHistory(now).current.version.id,
    });
    if (!chunks) {
      return Response.json({ error: "This account has no customer record to download." }, { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    return new Response(
      textStream(chunks, (error) => logger().error({ err: error }, "The data download stopped part-way")),
      {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="${dataExportFileName(now)}"`,
          "Cache-Control": "no-store",
        },
      },
    );
  },
  { signedOut: { signIn: "/account" } },
);
