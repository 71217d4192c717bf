"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { noticeClass } from "./notice";

/**
 * A form's answer: an alert for a refusal (focused, so keyboard and screen
 * reader users land on it), a status for a success.
 */
export function FormMessage({ state }: { state: FormState<unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) ref.current?.focus();
  }, [state]);

  if (!state.message) return null;
  const failed = state.status === "error";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={failed ? "alert" : "status"}
      className={noticeClass(failed ? "danger" : "success")}
    >
      <p className="font-semibold">{state.message}</p>
    </div>
  );
}
