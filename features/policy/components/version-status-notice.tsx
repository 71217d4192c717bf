import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Notice } from "@/components/ui/notice";
import { compareHref, policyHref, versionHref } from "@/lib/policy-links";
import type { TimelineEntry } from "../policy-timeline";

/**
 * Tells the reader where the version they are reading stands: an earlier
 * version, one not yet in force, or the current one with a successor on the way.
 */
export function VersionStatusNotice({ entry, current, upcoming }: { entry: TimelineEntry; current: TimelineEntry; upcoming: TimelineEntry | null }) {
  const { version } = entry;
  if (entry.status === "superseded") {
    return (
      <Notice tone="warning" title="This is an earlier version of the policy">
        <p>
          It is no longer in force. The policy in force today took effect on <FormattedDate day={current.version.effective} />.{" "}
          <Link className="underline" href={policyHref}>
            Read the current policy
          </Link>{" "}
          or{" "}
          <Link className="underline" href={compareHref(version.id, current.version.id)}>
            see what has changed since this version
          </Link>
          .
        </p>
      </Notice>
    );
  }
  if (entry.status === "upcoming") {
    return (
      <Notice tone="warning" title="This version is not in force yet">
        <p>
          It takes effect on <FormattedDate day={version.effective} />; until then the{" "}
          <Link className="underline" href={policyHref}>
            current policy
          </Link>{" "}
          applies.{" "}
          <Link className="underline" href={compareHref(current.version.id, version.id)}>
            See what will change
          </Link>
          .
        </p>
      </Notice>
    );
  }
  if (!upcoming) return null;
  return (
    <Notice title="A new version of this policy has been published">
      <p>
        It takes effect on <FormattedDate day={upcoming.version.effective} />. {upcoming.version.summary}{" "}
        <Link className="underline" href={versionHref(upcoming.version.id)}>
          Read the new version
        </Link>{" "}
        or{" "}
        <Link className="underline" href={compareHref(version.id, upcoming.version.id)}>
          see what will change
        </Link>
        .
      </p>
    </Notice>
  );
}
