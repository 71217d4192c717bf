"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** What the Privacy Administrator sees when a console page fails: our words, never a stack trace or SQL. */
export default function ConsoleError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel title="This page of the console could not be shown" retry={retry}>
      Something went wrong on our side. Nothing was changed by showing this page; an action you took may or may not have been saved, so check the
      request’s timeline before doing it again. The error is in the server’s log.
    </ErrorPanel>
  );
}
