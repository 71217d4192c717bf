import "server-only";
import { revalidatePath } from "next/cache";
import { getSignedInAccount } from "@/server/auth/current-account";
import type { ChoiceValues, SavedChoice } from "./choices-api-client";
import { changeChoiceSchema, describeInputProblem } from "./schemas";
import { changeChoice, getChoicesOverview } from "./service";

/**
 * The choices API the toggles call (GET the values, POST one change). It
 * checks the session itself, like every route: a layout's check does not cover
 * a route handler. Whose choice changes comes from the session alone; the body
 * names only the choice and its value.
 */

function answer(body: object, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

async function signedInCustomerId(): Promise<string | null> {
  const account = await getSignedInAccount();
  return account?.role === "customer" ? account.accountId : null;
}

const signInAgain = { message: "Your session has ended. Sign in again to change your choices." };

export async function GET(): Promise<Response> {
  const customerId = await signedInCustomerId();
  if (!customerId) return answer(signInAgain, 401);
  const { choices } = await getChoicesOverview(customerId);
  const values = Object.fromEntries(choices.map((choice) => [choice.key, choice.value])) as ChoiceValues;
  return answer({ values });
}

export async function POST(request: Request): Promise<Response> {
  // A JSON body cannot be sent cross-site without CORS, and browsers say where a fetch comes from: together a CSRF guard.
  if (!request.headers.get("content-type")?.startsWith("application/json")) return answer({ message: "Send the change as JSON." }, 415);
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return answer({ message: "Choices can only be changed from the Privacy Center." }, 403);

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return answer({ message: "The request is not valid JSON." }, 400);
  }
  const parsed = changeChoiceSchema.safeParse(body);
  if (!parsed.success) return answer({ message: describeInputProblem(parsed.error) }, 400);

  const customerId = await signedInCustomerId();
  if (!customerId) return answer(signInAgain, 401);

  try {
    const result = await changeChoice({ customerId, ...parsed.data, method: "dashboard" });
    revalidatePath("/account/choices");
    return answer({ choiceKey: result.choiceKey, value: result.value, changed: result.changed } satisfies SavedChoice);
  } catch (error) {
    console.error("Could not save a choice:", error);
    return answer({ message: "We could not save your choice just now. Nothing was changed; please try again." }, 500);
  }
}
