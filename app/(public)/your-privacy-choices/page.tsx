import type { Metadata } from "next";
import { PublicPrivacyChoicesPage } from "@/features/preferences/components/public-privacy-choices-page";

export const metadata: Metadata = {
  title: "Your privacy choices",
  description: "Whether this browser sends the Global Privacy Control signal, what we do with it, and the choices you have.",
};

// Reads this request's Sec-GPC header, so it is rendered per request; the policy pages stay static.
export default function YourPrivacyChoicesRoute() {
  return <PublicPrivacyChoicesPage />;
}
