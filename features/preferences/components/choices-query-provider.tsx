"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";

/**
 * TanStack Query for the choices page only: the rest of the site renders on
 * the server and needs no client cache. One client per mounted page, so
 * customers never share a cache.
 */
export function ChoicesQueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // The server rendered the values a moment ago; refetch only when the customer comes back to the tab.
          queries: { staleTime: 30_000, retry: 1 },
          // A refused change must be shown at once, not retried behind the customer's back.
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
