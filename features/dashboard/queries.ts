import "server-only";
import { notFound } from "next/navigation";
import { query } from "@/server/boundary";
import type { CustomerInventory } from "@/lib/inventory-types";
import { readCustomerInventory } from "./service";

/** What the company holds about the signed-in customer, for "Your information"; an account without a customer record finds nothing. */
export const readYourInformation = query("customer", async (context): Promise<CustomerInventory> => {
  return (await readCustomerInventory(context.db, context.actor.accountId)) ?? notFound();
});
