import type { Metadata } from "next";
import { DesignGuide } from "@/features/design-guide/components/design-guide";
import { openDesignGuide } from "@/features/design-guide/queries";

export const metadata: Metadata = { title: "Design guide", robots: { index: false } };

/** The center's parts in one place. Does not exist outside demo mode, nor for other machines. */
export default async function DesignGuideRoute() {
  await openDesignGuide();
  return <DesignGuide />;
}
