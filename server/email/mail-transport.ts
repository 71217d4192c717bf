import "server-only";
import net from "node:net";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "../env";

/** What the dispatcher needs from a transport; tests pass their own. */
export interface MailSender {
  sendMail(message: Mail.Options): Promise<unknown>;
  /** Ends the pooled connections (a graceful stop); idle ones otherwise close after socketTimeout. */
  close?(): void;
}

/**
 * How long the transport waits at each step before it gives up on a message
 * (nodemailer's SMTP connection options: dnsTimeout, connectionTimeout,
 * greetingTimeout, and socketTimeout for any silence after that). The center
 * hands mail to a submission relay (RFC 6409) that queues it and answers in
 * moments; the much longer waits RFC 5321 §4.5.3.2 suggests are for one
 * MTA relaying to another, and would make every claim (below) as long.
 */
export const SMTP_TIMEOUTS = { dnsTimeout: 10_000, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

/**
 * The most replies one message waits for on a new connection: EHLO,
 * STARTTLS, EHLO again, AUTH LOGIN (three: the command, the user, the
 * password), MAIL FROM, RCPT TO (one recipient per outbox row), DATA, and the
 * end of the data. A connection the pool reuses needs fewer. Each reply may
 * take up to socketTimeout.
 */
const SMTP_REPLIES_PER_MESSAGE = 10;

/**
 * The longest one send can take before the transport gives up: the bound the
 * dispatcher's claim on a message must outlast (deliver-pending-emails.ts).
 */
export const LONGEST_SEND_MS =
  SMTP_TIMEOUTS.dnsTimeout + SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_REPLIES_PER_MESSAGE * SMTP_TIMEOUTS.socketTimeout;

/** Messages in flight at once, per process: the dispatcher's default concurrency and the pool's connections. */
export const SMTP_CONNECTIONS = 8;

/**
 * The SMTP server SMTP_URL names, or null without one. Mail is never "sent"
 * anywhere else: without a server the messages stay in the outbox, unsent,
 * and go out once SMTP_URL is set (production refuses to start without it;
 * the demo shows the outbox at /dev/mailbox instead).
 *
 * Pooled: each connection carries up to 100 messages (nodemailer's
 * maxMessages), so a notice run does not open a connection, greet and
 * authenticate for every message.
 */
export function createMailSender(): MailSender | null {
  if (!env.SMTP_URL) return null;
  return createSmtpSender(env.SMTP_URL);
}

/**
 * A pooled SMTP sender for `url`, with the timeouts above; `close()` ends its
 * connections. The URL is parsed here, with nodemailer's own parser: given
 * `{ url, …options }`, createTransport keeps only what the URL says and drops
 * every other option (nodemailer/lib/nodemailer.js), timeouts included. Ours
 * come last, so LONGEST_SEND_MS holds whatever the URL's query says.
 */
export function createSmtpSender(url: string, connections = SMTP_CONNECTIONS): MailSender & { close(): void } {
  return nodemailer.createTransport({ ...parseConnectionUrl(url), pool: true, maxConnections: connections, ...SMTP_TIMEOUTS, getSocket: openSocketWithoutDelay });
}

/**
 * Opens a pooled connection's socket with Nagle's algorithm off (net.connect's
 * `noDelay`). nodemailer 8 leaves it on, so the end of each message's data, a
 * small write of its own, waits until the server acknowledges the body, which
 * Linux delays by up to 40 ms: a wait on every message of every connection,
 * measured at about 20 messages per second per connection on the loopback.
 * (nodemailer 10 turns it off itself, but @auth/core's optional peer range
 * still stops at nodemailer 8.) nodemailer then greets over this socket, and
 * upgrades it to TLS for smtps:// or STARTTLS as usual; the wait for it is
 * bounded by dnsTimeout + connectionTimeout, as nodemailer's own would be.
 */
function openSocketWithoutDelay(options: SMTPPool.Options, callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? (options.secure ? 465 : 587), localAddress: options.localAddress, noDelay: true });
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    socket.off("error", settle);
    if (error) {
      socket.destroy();
      callback(Object.assign(error, { code: "ECONNECTION" }));
    } else {
      callback(null, { connection: socket });
    }
  };
  const timer = setTimeout(() => settle(new Error("Connection timeout")), SMTP_TIMEOUTS.dnsTimeout + SMTP_TIMEOUTS.connectionTimeout);
  socket.once("connect", () => settle(null));
  socket.once("error", settle);
}
