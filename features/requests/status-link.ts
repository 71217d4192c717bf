import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env, readSecrets } from "@/server/env";

/**
 * The link that lets someone without an account follow their request:
 * `/requests/<reference>?key=<HMAC of the reference>`. The key is signed with
 * the server's secret, so it cannot be guessed or made for another reference,
 * and it is given only to the requester (on the confirmation page and in the
 * acknowledgement). Customers follow theirs under /account/requests instead.
 */

const PURPOSE = "request-status:";

export function requestStatusKey(reference: string, secret = readSecrets().authSecret): string {
  return createHmac("sha256", secret).update(`${PURPOSE}${reference}`).digest("base64url");
}

export function isRequestStatusKey(reference: string, key: string, secret = readSecrets().authSecret): boolean {
  const expected = Buffer.from(requestStatusKey(reference, secret));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function requestStatusPath(reference: string): string {
  return `/requests/${reference}?key=${requestStatusKey(reference)}`;
}

export function requestStatusUrl(reference: string): string {
  return `${env.SITE_URL}${requestStatusPath(reference)}`;
}
