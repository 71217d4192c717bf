import Link from "next/link";
import { versionsHref } from "@/lib/policy-links";
import { getPolicyHistory } from "../policy-service";
import { CompareForm } from "./compare-form";
import { Notice } from "@/components/ui/notice";

type SearchParams = Record<string, string | string[] | undefined>;

/** A version the reader asked for, as they typed it, if it was one value; long values are cut, so the page stays readable. */
function asked(value: string | string[] | undefined): string {
  return typeof value === "string" ? value.slice(0, 40) : "";
}

/**
 * Where the compare form lands when it cannot compare: a version that does
 * not exist (or none chosen). The page says which, and offers the form again
 * with every version that does exist; it answers 400 (proxy.ts).
 */
export async function ChooseVersionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const { entries, current } = getPolicyHistory();
  const exists = (id: string) => entries.some((entry) => entry.version.id === id);
  const [askedFrom, askedTo] = [asked(search.from), asked(search.to)];
  const missing = [askedFrom, askedTo].filter((id) => id && !exists(id));
  const from = exists(askedFrom) ? askedFrom : (current.previous?.id ?? current.version.id);
  const to = exists(askedTo) ? askedTo : current.version.id;
  return (
    <>
      <h1 className="type-title">Choose two versions to compare</h1>
      <Notice tone="danger" role="alert" title="We could not compare those versions." className="mt-6 max-w-prose">
        <p>
          {missing.length > 0
            ? `There is no version of the policy dated ${missing.map((id) => `“${id}”`).join(" or ")}.`
            : "Choose an older and a newer version."}{" "}
          Pick two from the lists below: they hold every version we have published.
        </p>
      </Notice>
      <CompareForm entries={entries} defaultFrom={from} defaultTo={to} />
      <p className="max-w-prose">
        Or read each version with what changed in the{" "}
        <Link className="underline" href={versionsHref}>
          policy history
        </Link>
        .
      </p>
    </>
  );
}
