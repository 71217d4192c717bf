import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/server/env";
import { isFromThisMachine } from "@/server/http/peer-address";

/**
 * The demo mailbox, its page and its action, exist only in demo mode and only
 * for this machine; for anyone else they are a page that does not exist.
 * Decided per request, never at build time: the build does not run in demo mode.
 */
export async function requireDemoMachine(): Promise<void> {
  await connection();
  if (!env.isDemo || !isFromThisMachine(await headers())) notFound();
}

/**
 * A form action of the demo mailbox, asked only once the demo machine is
 * checked: before its input is read at all (server/boundary parses it first
 * thing), since an action can be called without its page.
 */
export function onTheDemoMachineOnly<State>(action: (previous: State, input: FormData) => Promise<State>) {
  return async (previous: State, input: FormData): Promise<State> => {
    await requireDemoMachine();
    return action(previous, input);
  };
}
