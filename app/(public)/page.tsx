import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { site } from "@/content/site";
import { getPolicyHistory } from "@/features/policy/policy-service";

export const revalidate = 3600;

export default function HomePage() {
  const { current } = getPolicyHistory();
  return (
    <>
      <h1 className="text-3xl font-bold">
        {site.companyName} {site.centerName}
      </h1>
      <p className="mt-4 max-w-prose text-lg">
        How {site.companyName} collects, uses and protects your information, and the choices you have about it.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        <li className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link className="underline" href="/privacy">
              Read the privacy policy
            </Link>
          </h2>
          <p className="mt-2">
            In force since <FormattedDate day={current.version.effective} />. {current.version.summary}
          </p>
        </li>
        <li className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link className="underline" href="/privacy/versions">
              See what changed, and when
            </Link>
          </h2>
          <p className="mt-2">Every earlier version, a redline between any two, and a feed to follow changes.</p>
        </li>
        <li className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link className="underline" href="/report-a-minor">
              Report a minor&apos;s data
            </Link>
          </h2>
          <p className="mt-2">Tell us if a child&apos;s personal information may have reached us. No account needed; you get a reference number.</p>
        </li>
        <li className="rounded border border-slate-200 p-4 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link className="underline" href="/california-privacy-rights">
              Your California Privacy Rights
            </Link>
          </h2>
          <p className="mt-2">California residents: ask how to use your choices about sharing for direct marketing. Answered within 30 days.</p>
        </li>
      </ul>
    </>
  );
}
