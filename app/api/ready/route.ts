import { logger } from "@/server/log/logger.mjs";
import { notReadyBecause } from "@/server/readiness";

/**
 * Readiness, for the load balancer and the process manager: 200 when this
 * instance can serve (the database answers, its schema is the one this build
 * knows, no stop under way), else 503 with the reason in a sentence. Never
 * cached, never a 500. Liveness is GET /api/health. proxy.ts's matcher leaves
 * /api/ alone, so this costs one small query and nothing else.
 */
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  const reason = await notReadyBecause();
  if (reason === null) {
    // Probes come every few seconds: worth a line only when tracing (LOG_LEVEL=debug).
    logger().debug("Readiness: ready");
    return Response.json({ status: "ready" }, { headers: NO_STORE });
  }
  logger().warn({ reason }, "Not ready");
  return Response.json({ status: "not ready", reason }, { status: 503, headers: NO_STORE });
}
