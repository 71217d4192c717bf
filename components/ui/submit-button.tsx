"use client";

import { useFormStatus } from "react-dom";

/** Says it is working while the server answers, and cannot be pressed twice meanwhile (the idempotency key covers what slips through). */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
