import { normalizeReference } from "@/features/requests/reference";
import { readRequestExport } from "@/features/requests/workflow/request-views";
import { requireCustomer } from "@/server/auth/current-account";
import { createSensitiveCipher } from "@/server/crypto/sensitive-cipher";
import { database } from "@/server/db/database";
import { readSecrets } from "@/server/env";

type Context = { params: Promise<{ reference: string }> };

/**
 * The copy a completed access request produced. The session and ownership are
 * checked here (route handlers are not wrapped by the layout): only the
 * customer who asked for it, about themselves, gets it; anyone else a 404.
 */
export async function GET(_request: Request, { params }: Context) {
  const { reference: typed } = await params;
  const customer = await requireCustomer(`/account/requests/${encodeURIComponent(typed)}`);
  const reference = normalizeReference(typed);
  const copy = reference ? await readRequestExport(await database(), customer.accountId, reference, createSensitiveCipher(readSecrets().encryptionKeys)) : undefined;
  if (!copy) {
    return Response.json({ error: "There is no copy to download for this request." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(copy.body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${copy.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
