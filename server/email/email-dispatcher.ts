import "server-only";
import { database } from "../db/database";
import { env } from "../env";
import { onShutdown } from "../lifecycle.mjs";
import { logger } from "../log/logger.mjs";
import { deliverPendingEmails } from "./deliver-pending-emails";
import { createMailSender, type MailSender } from "./mail-transport";

/**
 * The in-process driver of the outbox: a periodic sweep, plus a kick right
 * after a transaction that enqueued mail commits. One run at a time per
 * process; a kick during a run asks for one more run after it.
 */
interface DispatcherState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  runAgain: boolean;
  /** null when there is no SMTP server to hand mail to: then nothing is delivered, and nothing marked sent. */
  sender?: MailSender | null;
  /** Aborted by stopEmailDispatcher: the run under way finishes its batch and claims no other. */
  stopping?: AbortController;
}

// On globalThis so development reloads do not start a second timer.
const holder = globalThis as typeof globalThis & { __privacyCenterEmailDispatcher?: DispatcherState };
const state: DispatcherState = (holder.__privacyCenterEmailDispatcher ??= { runAgain: false });

const SWEEP_INTERVAL_MS = 15_000;

export function startEmailDispatcher(): void {
  if (state.timer || !mailSender()) return;
  state.stopping = new AbortController();
  state.timer = setInterval(kickEmailDispatcher, SWEEP_INTERVAL_MS);
  // The sweep must never keep a process (or a test run) alive on its own.
  state.timer.unref();
  onShutdown("email dispatcher", stopEmailDispatcher);
  kickEmailDispatcher();
}

/**
 * No more sweeps and no more batches: resolves once the batch under way has
 * been sent (a message being handed to the SMTP server is not cut off
 * half-way; the rest stay due for another instance or the next start), then
 * closes the pooled SMTP connections. Called on SIGTERM (server/lifecycle.mjs)
 * after the last requests are answered, so a kick one of them made is waited
 * for too: hence the loop.
 */
export async function stopEmailDispatcher(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  state.stopping?.abort();
  while (state.running) await state.running;
  await state.sender?.close?.();
  state.sender = undefined;
}

/** Asks for a delivery run soon; returns at once. */
export function kickEmailDispatcher(): void {
  if (state.stopping?.signal.aborted || !mailSender()) return;
  if (state.running) {
    state.runAgain = true;
    return;
  }
  state.running = runUntilQuiet().finally(() => {
    state.running = undefined;
  });
}

async function runUntilQuiet(): Promise<void> {
  do {
    state.runAgain = false;
    try {
      const sender = mailSender();
      if (sender) await deliverPendingEmails(await database(), { sender, from: env.MAIL_FROM, signal: state.stopping?.signal });
    } catch (error) {
      // A failed sweep is retried by the next one; say why without any message content.
      logger().error(`Email dispatcher: ${error instanceof Error ? error.message : String(error)}`);
    }
  } while (state.runAgain && !state.stopping?.signal.aborted);
}

function mailSender(): MailSender | null {
  if (state.sender === undefined) state.sender = createMailSender();
  return state.sender;
}
