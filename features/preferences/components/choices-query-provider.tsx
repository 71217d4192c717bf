"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";

/**
 * TanStack Query for the choices page only, for the toggles' mutations (an
 * optimistic value while the server action saves it, and a roll-back when it
 * refuses): the values themselves always come from the server's render. One
 * client per mounted page, so customers never share a cache.
 */
export function ChoicesQueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // A refused change must be shown at once, not retried behind the customer's back.
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
