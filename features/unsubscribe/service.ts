import "server-only";
import type { Kysely } from "kysely";
import { isMarketingHeld } from "@/features/minors";
import { getPolicyHistory } from "@/features/policy";
import { type CpniUse, listCurrentChoices, lockCustomerConsent, recordConsent, authorizeCpniUse } from "@/features/preferences";
import type { Database } from "@/server/db/schema";
import { enqueueEmail } from "@/server/email/enqueue-email";
import { env } from "@/server/env";
import { mailingListChoice, type MailingList } from "./mailing-lists";
import { buildUnsubscribeHeaders, type UnsubscribeLinkSettings, withPromotionalFooter } from "./promotional-email";
import { ensureMailRecipient, findCustomerOfRecipient, findMailableCustomer, listServiceNames } from "./repository";
import { createUnsubscribeToken, readUnsubscribeToken, unsubscribeSigningKey, unsubscribeVerifyingKeys } from "./unsubscribe-token";

/** Where links point and how they are signed; tests pass their own. */
export interface UnsubscribeSettings extends UnsubscribeLinkSettings {
  signingKey: Buffer;
}

/** This server's settings for links to the site at `siteUrl` (the entry context's): the configured unsubscribe inbox, and its signing key. */
export function unsubscribeSettingsFor(siteUrl: string): UnsubscribeSettings {
  // RFC 8058 requires an HTTPS URI; the demo runs on http://localhost.
  if (!env.isDemo && !siteUrl.startsWith("https://")) {
    throw new Error("SITE_URL must be an https:// address to send promotional email: its one-click unsubscribe link must be HTTPS (RFC 8058)");
  }
  return { siteUrl, mailto: env.UNSUBSCRIBE_MAILTO, signingKey: unsubscribeSigningKey() };
}

export interface PromotionalMessage {
  customerId: string;
  list: MailingList;
  subject: string;
  /** The message itself; the unsubscribe footer and postal address are added here. */
  text: string;
  /**
   * A version of the message tailored with the customer's CPNI (the services
   * they buy), sent instead of `text` only when the CPNI approval rule allows
   * that use now (features/preferences: authorizeCpniUse, which also records the use,
   * 47 CFR 64.2009). Otherwise the customer gets `text`, which uses no CPNI.
   */
  tailored?: { use: CpniUse; compose(serviceNames: readonly string[]): string };
}

export type PromotionalSendResult =
  | { queued: true; emailId: string; /** Whether the CPNI-tailored text was sent. */ usedCpni: boolean }
  | { queued: false; reason: "not-a-customer" | "account-disabled" | "marketing-held" | "opted-out" };

/**
 * Queues one promotional email, or says why not. In one transaction, under
 * the customer's consent lock (so an opt-out committing at the same moment is
 * either seen here or comes after the email was queued): the customer must
 * still be on the list and their marketing must not be held (an open minor's
 * report, features/minors). Makes the customer's recipient id if missing, and
 * writes the email with its List-Unsubscribe headers and footer. The caller
 * kicks the email dispatcher once this returns.
 */
export async function sendPromotionalEmail(db: Kysely<Database>, message: PromotionalMessage, now: Date, settings: UnsubscribeSettings): Promise<PromotionalSendResult> {
  return db.transaction().execute(async (trx): Promise<PromotionalSendResult> => {
    const customer = await findMailableCustomer(trx, message.customerId);
    if (!customer) return { queued: false, reason: "not-a-customer" };
    if (customer.disabled) return { queued: false, reason: "account-disabled" };
    await lockCustomerConsent(trx, message.customerId);
    if (await isMarketingHeld(trx, message.customerId)) return { queued: false, reason: "marketing-held" };
    const current = (await listCurrentChoices(trx, message.customerId)).find((choice) => choice.key === message.list);
    if (!current?.value) return { queued: false, reason: "opted-out" };

    // CPNI is read only once the approval rule said yes (47 CFR 64.2009(a)).
    let text = message.text;
    let usedCpni = false;
    if (message.tailored && (await authorizeCpniUse(trx, message.customerId, message.tailored.use, now)).allowed) {
      text = message.tailored.compose(await listServiceNames(trx, message.customerId));
      usedCpni = true;
    }

    const recipientId = await ensureMailRecipient(trx, message.customerId, now);
    const token = createUnsubscribeToken({ recipientId, list: message.list }, settings.signingKey);
    const emailId = await enqueueEmail(
      trx,
      {
        to: customer.email,
        subject: message.subject,
        text: withPromotionalFooter(text, message.list, token, settings),
        headers: buildUnsubscribeHeaders(token, settings),
        kind: "promotion",
      },
      now,
    );
    return { queued: true, emailId, usedCpni };
  });
}

/** What the one-click and the confirmation page need besides the database and the token; tests give their own version and key. */
export interface UnsubscribeOptions {
  now: Date;
  /** The policy version the consent record names; by default the one in force at `now`. */
  policyVersion?: string;
  signingKey?: Buffer;
}

export type UnsubscribeOutcome =
  /** Forged, altered, truncated, for an unknown list, or for a recipient that no longer exists. */
  | { status: "invalid" }
  /** Off now; `changed` is false when it already was, and nothing was recorded. */
  | { status: "unsubscribed"; list: MailingList; changed: boolean };

/**
 * The one-click opt-out (RFC 8058), for a token alone: no cookie, no sign-in.
 * Turns the list's choice off at once and records it as "email_link" under the
 * policy version in force; recordConsent takes the customer's consent lock and
 * records nothing when the choice is already off, so a repeat, or two racing
 * POSTs, leave one record.
 */
export async function unsubscribeWithToken(db: Kysely<Database>, token: unknown, options: UnsubscribeOptions): Promise<UnsubscribeOutcome> {
  // The signature first: a forged token costs one HMAC and never reaches the database.
  const claims = readUnsubscribeToken(token, options.signingKey ?? unsubscribeVerifyingKeys());
  if (!claims) return { status: "invalid" };
  const { now } = options;
  const policyVersion = options.policyVersion ?? getPolicyHistory(now).current.version.id;
  return db.transaction().execute(async (trx): Promise<UnsubscribeOutcome> => {
    const customerId = await findCustomerOfRecipient(trx, claims.recipientId);
    if (!customerId) return { status: "invalid" };
    const record = await recordConsent(trx, { customerId, choiceKey: claims.list, newValue: false, method: "email_link", policyVersion, now });
    return { status: "unsubscribed", list: claims.list, changed: record !== null };
  });
}

export interface UnsubscribeView {
  list: MailingList;
  title: string;
  description: string;
  /** Whether the list's choice is still on: the page then asks; otherwise it says it is done. */
  subscribed: boolean;
}

/** What the confirmation page shows for a token, or null when the token is no good. Reads only: a GET never opts out. */
export async function readUnsubscribeView(db: Kysely<Database>, token: unknown, options: Pick<UnsubscribeOptions, "signingKey"> = {}): Promise<UnsubscribeView | null> {
  const claims = readUnsubscribeToken(token, options.signingKey ?? unsubscribeVerifyingKeys());
  if (!claims) return null;
  const customerId = await findCustomerOfRecipient(db, claims.recipientId);
  if (!customerId) return null;
  const current = (await listCurrentChoices(db, customerId)).find((choice) => choice.key === claims.list);
  const choice = mailingListChoice(claims.list);
  return { list: claims.list, title: choice.title, description: choice.description, subscribed: current?.value ?? choice.defaultValue };
}
