import { SMTPServer } from "smtp-server";

/** A message the sink accepted (its 250 reply to the end of the data). */
export interface SinkMessage {
  to: string;
  subject: string;
}

export interface SmtpSink {
  url: string;
  /** Accepted messages, in order of arrival. */
  received: SinkMessage[];
  /** Recipients of messages refused after their data arrived, in order. */
  refused: string[];
  /** Called as each message is accepted (after it is counted). */
  onReceive?: (message: SinkMessage) => void;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  port: number;
  /**
   * Whether to refuse a message whose data has fully arrived, and with which
   * reply code (4xx: try later; 5xx: never): the hardest case for a sender,
   * which must then not count the message as sent.
   */
  refuse?: (to: string, attempt: number) => number | null;
}

/**
 * A real SMTP server (the smtp-server package) on the loopback that keeps
 * what it receives in memory: for tests and the outbox bench. No TLS and no
 * authentication, as a relay on the same host may be configured.
 */
export async function startSmtpSink(options: SmtpSinkOptions): Promise<SmtpSink> {
  const attempts = new Map<string, number>();
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${options.port}`,
    received: [],
    refused: [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((address) => address.address).join(",");
        const attempt = (attempts.get(to) ?? 0) + 1;
        attempts.set(to, attempt);
        const code = options.refuse?.(to, attempt) ?? null;
        if (code !== null) {
          sink.refused.push(to);
          callback(Object.assign(new Error(code >= 500 ? "Refused for good" : "Try again later"), { responseCode: code }));
          return;
        }
        const subject = /^Subject: (.*)$/m.exec(Buffer.concat(chunks).toString("utf8"))?.[1] ?? "";
        const message = { to, subject };
        sink.received.push(message);
        sink.onReceive?.(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return sink;
}
