import { FormattedDate } from "@/components/ui/formatted-date";
import type { PolicyVersion } from "../policy-types";

export function VersionDates({ version }: { version: PolicyVersion }) {
  return (
    <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      <div className="flex gap-1">
        <dt>Effective:</dt>
        <dd>
          <FormattedDate day={version.effective} />
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Last updated:</dt>
        <dd>
          <FormattedDate day={version.published} />
        </dd>
      </div>
    </dl>
  );
}
