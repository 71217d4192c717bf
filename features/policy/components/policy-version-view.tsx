import Link from "next/link";
import { compareHref } from "@/lib/policy-links";
import type { PolicyHistory } from "../policy-timeline";
import type { TimelineEntry } from "../policy-timeline";
import { PolicyDocument } from "./policy-document";
import { TableOfContents } from "./table-of-contents";
import { VersionDates } from "./version-dates";
import { VersionStatusNotice } from "./version-status-notice";

interface PolicyVersionViewProps {
  entry: TimelineEntry;
  history: PolicyHistory;
}

/** One version of the policy, whole: status, dates, what changed, contents, text. */
export function PolicyVersionView({ entry, history }: PolicyVersionViewProps) {
  const { version, previous } = entry;
  return (
    <article>
      <h1 className="type-title">{version.title}</h1>
      <VersionDates version={version} />
      <VersionStatusNotice entry={entry} current={history.current} upcoming={history.upcoming} />
      <section aria-labelledby="about-version" className="my-6 text-slate-800 dark:text-slate-200">
        <h2 id="about-version" className="type-subsection">
          About this version
        </h2>
        <p className="mt-1">{version.summary}</p>
        {previous ? (
          <p className="no-print mt-1">
            <Link className="underline" href={compareHref(previous.id, version.id)}>
              Compare with the version before
            </Link>{" "}
            ·{" "}
            <Link className="underline" href="/privacy/versions">
              All versions
            </Link>
          </p>
        ) : null}
      </section>
      <TableOfContents version={version} />
      <PolicyDocument version={version} />
    </article>
  );
}
