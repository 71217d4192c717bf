"use client";

/** What the Privacy Administrator sees when a console page fails: our words, never a stack trace or SQL. */
export default function ConsoleError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1 className="text-3xl font-bold">This page of the console could not be shown</h1>
      <p className="mt-4 max-w-prose">
        Something went wrong on our side. Nothing was changed by showing this page; an action you took may or may not have been saved, so check the
        request’s timeline before doing it again. The error is in the server’s log.
      </p>
      <button type="button" onClick={() => retry()} className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </>
  );
}
