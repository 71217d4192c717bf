import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "../env";

/** What the dispatcher needs from a transport; tests pass their own. */
export interface MailSender {
  sendMail(message: Mail.Options): Promise<unknown>;
}

/**
 * SMTP when SMTP_URL is set. Otherwise nodemailer's stream transport: it
 * builds the whole MIME message (so a broken header or address fails here as
 * it would on a real server) and hands it back instead of sending it; the
 * outbox row is what the demo's /dev/mailbox shows.
 */
export function createMailSender(): MailSender {
  if (env.SMTP_URL) {
    // Short timeouts keep a hung server from outliving the dispatcher's claim on a message.
    return nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  }
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
}
