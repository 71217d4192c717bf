"use client";

import Link from "next/link";
import { site } from "@/content/site";

/** What a customer sees when an account page fails: our words, never a stack trace or SQL. */
export default function AccountError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1 className="text-3xl font-bold">We could not show your account just now</h1>
      <p className="mt-4 max-w-prose">
        Something went wrong on our side and nothing was changed. Please try again. If it keeps happening, email our{" "}
        {site.privacyAdministrator.title} at{" "}
        <a className="underline" href={`mailto:${site.privacyAdministrator.email}`}>
          {site.privacyAdministrator.email}
        </a>
        ; the{" "}
        <Link className="underline" href="/privacy">
          privacy policy
        </Link>{" "}
        is still available.
      </p>
      <button type="button" onClick={() => retry()} className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </>
  );
}
