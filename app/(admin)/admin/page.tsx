import type { Metadata } from "next";
import { NextPageLink, QueueFilters, QueueTable } from "@/features/admin/components/request-queue";
import { readRequestQueue } from "@/features/admin/queries";

export const metadata: Metadata = { title: "Request queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminQueuePage({ searchParams }: Props) {
  const queue = await readRequestQueue(await searchParams);
  return (
    <>
      <h1 className="type-title">Request queue</h1>
      <p className="mt-2" role="status">
        <strong>{queue.counts.overdue}</strong> overdue · <strong>{queue.counts.dueThisWeek}</strong> due within 7 days
      </p>
      <QueueFilters search={queue.search} />
      <QueueTable rows={queue.rows} today={queue.today} />
      <NextPageLink search={queue.search} nextCursor={queue.nextCursor} />
    </>
  );
}
