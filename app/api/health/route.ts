// Liveness only: answers without touching content, the database or anything else. It still answers 200
// while the process drains after SIGTERM (it is alive); GET /api/ready is what says "send nothing new".
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
