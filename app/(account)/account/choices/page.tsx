import type { Metadata } from "next";
import { ChoicesPage } from "@/features/preferences/components/choices-page";

export const metadata: Metadata = { title: "Your choices" };

// Reads the session (in the page's query), so it is rendered per request, never prerendered.
export default function YourChoicesPage() {
  return <ChoicesPage />;
}
