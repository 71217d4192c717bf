import "server-only";
import { createHash } from "node:crypto";

/** The SHA-256 of a link's token, the only form in which single-use tokens are stored: a copy of the database opens nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
