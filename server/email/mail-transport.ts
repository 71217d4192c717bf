import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "../env";

/** What the dispatcher needs from a transport; tests pass their own. */
export interface MailSender {
  sendMail(message: Mail.Options): Promise<unknown>;
}

/**
 * The SMTP server SMTP_URL names, or null without one. Mail is never "sent"
 * anywhere else: without a server the messages stay in the outbox, unsent,
 * and go out once SMTP_URL is set (production refuses to start without it;
 * the demo shows the outbox at /dev/mailbox instead).
 */
export function createMailSender(): MailSender | null {
  if (!env.SMTP_URL) return null;
  // Short timeouts keep a hung server from outliving the dispatcher's claim on a message.
  return nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
}
