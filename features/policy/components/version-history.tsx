import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { compareHref, versionHref } from "@/lib/policy-links";
import type { TimelineEntry } from "../policy-timeline";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

const statusLabels = { current: "In force", upcoming: "Upcoming", superseded: "Earlier version" } as const;
const statusTones = { current: "success", upcoming: "info", superseded: "neutral" } as const satisfies Record<keyof typeof statusLabels, BadgeTone>;

/** The change history, newest first. */
export function VersionHistory({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="space-y-6">
      {[...entries].reverse().map(({ version, status, previous }) => (
        <Card as="li" key={version.id}>
          <h3 className="type-subsection">
            <Link className="underline" href={versionHref(version.id)}>
              Version {version.id}
            </Link>{" "}
            <Badge tone={statusTones[status]}>{statusLabels[status]}</Badge>
            {version.material ? (
              <Badge tone="warning">Material change</Badge>
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
        </Card>
      ))}
    </ol>
  );
}
