import "server-only";
import { normalizeReference } from "@/features/requests";
import { findRequestExport } from "@/features/requests";
import { textStream } from "@/lib/streaming-json";
import { route } from "@/server/boundary";
import { logger } from "@/server/log/logger.mjs";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The copy a completed access request produced, for GET
 * /account/requests/<reference>/download. The session is checked by the
 * boundary, here in the handler (route handlers are not wrapped by the
 * layout): without one, to sign in; the administrator gets 404. Only the
 * customer who asked for it, about themselves, gets it; for anyone else's
 * reference, or none, a 404 in words.
 *
 * Streamed part by part as stored (migration 0013): a copy of years of
 * records is opened one sealed part at a time while the customer downloads it.
 */
export const downloadRequestExport = route(
  "customer",
  async (_request, context, { reference: typed }: { reference: string }) => {
    const reference = normalizeReference(typed);
    const copy = reference ? await findRequestExport(context.db, context.actor.accountId, reference, context.cipher()) : undefined;
    if (!copy) return Response.json({ error: "There is no copy to download for this request." }, { status: 404, headers: NO_STORE });
    return new Response(
      textStream(copy.parts, (error) => logger().error({ err: error }, `The copy of ${reference} stopped part-way`)),
      {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="${copy.fileName}"`,
          ...NO_STORE,
        },
      },
    );
  },
  { signedOut: { signIn: "/account/requests" } },
);
