/**
 * "Urgent", apart from the reference it follows: the space before it keeps an
 * accessible name such as "PR-H8K6-YD6P Urgent" from running together.
 */
export function UrgentBadge({ className = "" }: { className?: string }) {
  return (
    <>
      {" "}
      <span className={`inline-block whitespace-nowrap rounded bg-red-100 px-2 py-0.5 font-sans text-red-900 dark:bg-red-900 dark:text-red-50 ${className}`.trim()}>Urgent</span>
    </>
  );
}
