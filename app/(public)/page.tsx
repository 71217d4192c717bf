import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/ui/formatted-date";
import { site } from "@/content/site";
import { getPolicyHistory } from "@/features/policy/policy-service";
import { Card } from "@/components/ui/card";

// Rendered for each request: its scripts carry that request's nonce (decision 0019).
export default async function HomePage() {
  await connection();
  const { current } = getPolicyHistory();
  return (
    <>
      <h1 className="type-title">
        {site.companyName} {site.centerName}
      </h1>
      <p className="mt-4 max-w-prose text-lg">
        How {site.companyName} collects, uses and protects your information, and the choices you have about it.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        <Destination href="/privacy" title="Read the privacy policy">
          In force since <FormattedDate day={current.version.effective} />. {current.version.summary}
        </Destination>
        <Destination href="/privacy/versions" title="See what changed, and when">
          Every earlier version, a redline between any two, and a feed to follow changes.
        </Destination>
        <Destination href="/report-a-minor" title="Report a minor's data">
          Tell us if a child&apos;s personal information may have reached us. No account needed; you get a reference number.
        </Destination>
        <Destination href="/california-privacy-rights" title="Your California Privacy Rights">
          California residents: ask how to use your choices about sharing for direct marketing. Answered within 30 days.
        </Destination>
      </ul>
    </>
  );
}

/** One of the center's main destinations on the home page: a linked heading and what is found there. */
function Destination({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <Card as="li">
      <h2 className="type-section">
        <Link className="underline" href={href}>
          {title}
        </Link>
      </h2>
      <p className="mt-2">{children}</p>
    </Card>
  );
}
