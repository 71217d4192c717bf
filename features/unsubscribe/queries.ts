import "server-only";
import { notFound } from "next/navigation";
import { query } from "@/server/boundary";
import { readUnsubscribeView, type UnsubscribeView } from "./service";

/**
 * What the confirmation page shows for the token in its address. Public: the
 * token is the only authority, and one that is no good finds no page. Reads
 * only: opening the page never opts out.
 */
export const readUnsubscribePage = query("public", async (context, token: string): Promise<UnsubscribeView> => {
  return (await readUnsubscribeView(context.db, token)) ?? notFound();
});
