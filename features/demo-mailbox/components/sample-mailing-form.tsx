"use client";

import { buttonClass } from "@/components/ui/button-styles";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/ui/form-message";
import { idleFormState } from "@/lib/forms/form-state";
import { sendSampleMailingAction } from "../actions";
import { Card } from "@/components/ui/card";

/** One button per mailing list: the list it sends to, and what the button says. */
export interface SampleMailingButton {
  list: string;
  label: string;
}

function SendButtons({ buttons }: { buttons: readonly SampleMailingButton[] }) {
  const { pending } = useFormStatus();
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      {buttons.map(({ list, label }) => (
        <button
          key={list}
          type="submit"
          name="list"
          value={list}
          disabled={pending}
          className={buttonClass("primary")}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** Demo only: sends a sample promotional email to every customer still on the list, to try its unsubscribe links. */
export function SampleMailingForm({ buttons }: { buttons: readonly SampleMailingButton[] }) {
  const [state, formAction] = useActionState(sendSampleMailingAction, idleFormState);
  return (
    <Card as="section" aria-labelledby="sample-mailing" className="mt-6">
      <h2 id="sample-mailing" className="type-section">
        Try unsubscribing
      </h2>
      <p className="mt-1 max-w-prose text-sm">
        Sends a sample promotional email to every customer still on that list, with its one-click unsubscribe headers and link. Customers who
        unsubscribed, or whose marketing is held, get none.
      </p>
      <form action={formAction}>
        <SendButtons buttons={buttons} />
      </form>
      {/* Always there, so screen readers announce the message when it arrives. */}
      <p role="status" className="mt-3 text-sm">
        {state.status === "success" ? state.message : null}
      </p>
      {/* Only a tampered form gets here (the buttons offer only the lists there are). */}
      {state.status === "error" ? <FormMessage state={{ ...state, message: Object.values(state.fieldErrors ?? {})[0] ?? state.message }} /> : null}
    </Card>
  );
}
