import type { ChoiceKey } from "@/content/choices";
import type { ChangeChoiceInput } from "./schemas";

/** The browser's side of the choices API (app/(account)/account/choices/api). */
export const choicesApiPath = "/account/choices/api";

export const choicesQueryKey = ["choices"] as const;

export type ChoiceValues = Record<ChoiceKey, boolean>;

export interface SavedChoice {
  choiceKey: ChoiceKey;
  value: boolean;
  changed: boolean;
}

/** A refusal the customer should read: the server's own message, or ours when there is none. */
export class ChoiceRequestError extends Error {}

async function readError(response: Response): Promise<ChoiceRequestError> {
  // An expired session answers with a redirect to sign in, not JSON.
  if (response.type === "opaqueredirect" || response.status === 401) return new ChoiceRequestError("Your session has ended. Sign in again to change your choices.");
  const body: unknown = await response.json().catch(() => null);
  const message = body && typeof body === "object" && "message" in body && typeof body.message === "string" ? body.message : null;
  return new ChoiceRequestError(message ?? `The server could not save it (error ${response.status}).`);
}

export async function fetchChoiceValues(): Promise<ChoiceValues> {
  const response = await fetch(choicesApiPath, { headers: { accept: "application/json" }, redirect: "manual" });
  if (!response.ok) throw await readError(response);
  return ((await response.json()) as { values: ChoiceValues }).values;
}

export async function postChoice(input: ChangeChoiceInput): Promise<SavedChoice> {
  let response: Response;
  try {
    response = await fetch(choicesApiPath, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(input),
      redirect: "manual",
    });
  } catch {
    throw new ChoiceRequestError("We could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw await readError(response);
  return (await response.json()) as SavedChoice;
}
