/** Whose data a minor's report holds, as a test says (features/minors answers isMarketingHeld in the app). */
export const heldCustomers = new Set<string>();

/**
 * features/minors for a test: isMarketingHeld answers from `heldCustomers`.
 *
 *   vi.mock("@/features/minors", async () => (await import("@/features/preferences/testing/held-customers")).minorsModule());
 */
export function minorsModule() {
  return { isMarketingHeld: async (_db: unknown, customerId: string) => heldCustomers.has(customerId) };
}
