import "server-only";
import { notFound } from "next/navigation";
import type { CustomerInventory } from "@/lib/inventory-types";
import { query } from "@/server/boundary";
import { newestVersionTakesEffectAt } from "./newest-policy-version";
import { readCustomerInventory } from "./service";

export interface YourInformationView {
  inventory: CustomerInventory;
  /**
   * The effective day of the policy version the "How long we keep it"
   * passages are quoted from, while it is still upcoming (so the page says
   * so); null once it is in force.
   */
  newestVersionTakesEffect: string | null;
}

/** What the company holds about the signed-in customer, for "Your information"; an account without a customer record finds nothing. */
export const readYourInformation = query("customer", async (context): Promise<YourInformationView> => {
  const inventory = (await readCustomerInventory(context.db, context.actor.accountId)) ?? notFound();
  return { inventory, newestVersionTakesEffect: newestVersionTakesEffectAt(context.now) };
});
