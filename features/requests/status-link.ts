import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { readSecrets } from "@/server/env";
import type { RequestLinks } from "./submit-public-request";

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

/** Whether `key` is the reference's key under the current secret or an earlier one still accepted (a rotation). */
export function isRequestStatusKey(reference: string, key: string, secrets: string | readonly string[] = readSecrets().authSecrets): boolean {
  const given = Buffer.from(key);
  return (typeof secrets === "string" ? [secrets] : secrets).some((secret) => {
    const expected = Buffer.from(requestStatusKey(reference, secret));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export function requestStatusPath(reference: string): string {
  return `/requests/${reference}?key=${requestStatusKey(reference)}`;
}

/** The links a request's acknowledgement gives, on this site (the entry point's `siteUrl`). */
export function requestLinks(siteUrl: string): RequestLinks {
  const site = siteUrl.replace(/\/+$/, "");
  return { statusUrl: (reference) => `${site}${requestStatusPath(reference)}` };
}
