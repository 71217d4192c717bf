"use client";

import { useFormStatus } from "react-dom";
import { type ButtonImportance, buttonClass } from "./button-styles";

/**
 * Says it is working while the server answers, and cannot be pressed twice
 * meanwhile (the idempotency key covers what slips through). Its importance
 * (components/ui/button-styles.ts) makes a step that destroys or closes
 * something for good red, so it never looks like "Add note".
 */
export function SubmitButton({ label, pendingLabel, importance = "primary" }: { label: string; pendingLabel: string; importance?: ButtonImportance }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={buttonClass(importance)}>
      {pending ? pendingLabel : label}
    </button>
  );
}
