import type { Metadata } from "next";
import { ChooseVersionsPage } from "@/features/policy/components/choose-versions-page";

export const metadata: Metadata = { title: "Choose two versions", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ChooseVersions({ searchParams }: Props) {
  return <ChooseVersionsPage searchParams={searchParams} />;
}
