import { headersModule } from "@/server/boundary/testing/entry-point-surroundings";

/** The browser's cookies as the actions under test leave them (tests clear it as they need). */
export const cookieJar = new Map<string, string>();

/**
 * next/headers for an entry-point test whose action writes cookies: the
 * request's headers as the boundary's test double hands them on (the Global
 * Privacy Control signal among them), and `cookieJar` for cookies().
 *
 *   vi.mock("next/headers", async () => (await import("@/features/preferences/testing/cookie-jar")).headersWithCookieJar());
 */
export function headersWithCookieJar() {
  return {
    ...headersModule(),
    cookies: async () => ({
      get: (name: string) => (cookieJar.has(name) ? { value: cookieJar.get(name)! } : undefined),
      set: (name: string, value: string) => cookieJar.set(name, value),
      delete: (name: string) => cookieJar.delete(name),
    }),
  };
}
