import type { Metadata } from "next";
import { MetricsYearForm, MetricsYearLinks, RequestMetricsTable } from "@/features/admin/components/request-metrics";
import { readRequestMetrics } from "@/features/admin/queries";

export const metadata: Metadata = { title: "Request metrics" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RequestMetricsPage({ searchParams }: Props) {
  const { year, currentYear, problem, timeZone, metrics } = await readRequestMetrics(await searchParams);
  return (
    <>
      <h1 className="type-title">Request metrics</h1>
      <p className="mt-2 max-w-prose">
        For the requests received in each calendar year (in company time, {timeZone}), how many were complied with in whole or in part, denied or are
        still open, and the median number of calendar days from receipt to response: the figures California (11 CCR §7102) asks
        businesses to publish every year.
      </p>
      <MetricsYearForm year={year} currentYear={currentYear} problem={problem} />
      <MetricsYearLinks year={year} currentYear={currentYear} />
      <RequestMetricsTable metrics={metrics} />
    </>
  );
}
