import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { compareHref, versionHref } from "@/lib/policy-links";
import type { TimelineEntry } from "../policy-timeline";

const statusLabels = { current: "In force", upcoming: "Upcoming", superseded: "Earlier version" } as const;

/** The change history, newest first. */
export function VersionHistory({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-6">
      {[...entries].reverse().map(({ version, status, previous }) => (
        <li key={version.id} className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h3 className="text-xl font-semibold">
            <Link className="underline" href={versionHref(version.id)}>
              Version {version.id}
            </Link>{" "}
            <span className="ml-2 inline-block whitespace-nowrap rounded bg-slate-100 px-2 py-0.5 text-sm font-normal dark:bg-slate-800">{statusLabels[status]}</span>
            {version.material ? (
              <span className="ml-2 inline-block whitespace-nowrap rounded bg-amber-100 px-2 py-0.5 text-sm font-normal text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                Material change
              </span>
            ) : null}
          </h3>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Published <FormattedDate day={version.published} />, effective <FormattedDate day={version.effective} />
          </p>
          <p className="mt-2">{version.summary}</p>
          {previous ? (
            <p className="mt-2">
              <Link className="underline" href={compareHref(previous.id, version.id)}>
                Compare with version {previous.id}
              </Link>
            </p>
          ) : (
            <p className="mt-2 text-sm">The earliest version we hold.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
