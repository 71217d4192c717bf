"use client";

import Link from "next/link";

/** What a reader sees when a page fails: our words, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4 max-w-prose">
        The page could not be shown. Please try again; if it keeps happening, the{" "}
        <Link className="underline" href="/privacy">
          privacy policy
        </Link>{" "}
        is still available.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </>
  );
}
