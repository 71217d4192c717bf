import "server-only";
import { notFound } from "next/navigation";
import type { CustomerInventory } from "@/lib/inventory-types";
import { query } from "@/server/boundary";
import { retentionTakesEffectAt } from "./retention-source";
import { readCustomerInventory } from "./service";

export interface YourInformationView {
  inventory: CustomerInventory;
  /**
   * The effective day of the policy version the "How long we keep it"
   * passages are quoted from, while it is still upcoming (so the page says
   * so); null once it is in force.
   */
  retentionTakesEffect: string | null;
}

/** What the company holds about the signed-in customer, for "Your information"; an account without a customer record finds nothing. */
export const readYourInformation = query("customer", async (context): Promise<YourInformationView> => {
  const inventory = (await readCustomerInventory(context.db, context.actor.accountId)) ?? notFound();
  return { inventory, retentionTakesEffect: retentionTakesEffectAt(context.now) };
});
