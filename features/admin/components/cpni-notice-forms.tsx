"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { answeredField, type FormState, idleFormState } from "@/lib/forms/form-state";
import { recordCpniNoticePostedAction, recordCpniNoticePostedFromListAction, recordCpniNoticeReturnedAction, recordCpniOptOutByReplyAction } from "../cpni-actions";

/** "This emailed notice came back undeliverable", on one notice's row (a plain form: works without JavaScript). */
export function CpniNoticeReturnedForm({ reference, noticeId, label }: { reference: string; noticeId: number; label: string }) {
  const [state, formAction] = useActionState(recordCpniNoticeReturnedAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <SubmitButton label="Came back undeliverable" pendingLabel="Saving…" />
    </form>
  );
}

/** "A CPNI notice was sent by post on <day>". */
export function CpniNoticePostedForm({ reference, today }: { reference: string; today: string }) {
  const [state, formAction] = useActionState(recordCpniNoticePostedAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="cpni-posted-heading" className="mt-4 space-y-3 card">
      <h4 id="cpni-posted-heading" className="font-semibold">
        Record a notice sent by post
      </h4>
      <p className="max-w-prose text-sm">
        Post the notice to a customer who has not approved notices by email (47 CFR 64.2008(d)(3)(i)), and in place of an emailed notice that came back
        (64.2008(d)(3)(iii)). Post it to the address of record, then record the day it was mailed: the customer’s 30 days start on the third day after.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="reference" value={reference} />
      <PostedOnField id="cpni-posted-on" state={state} today={today} />
      <SubmitButton label="Record the notice sent by post" pendingLabel="Saving…" />
    </form>
  );
}

/** The day a notice was posted: today unless the answer kept another. */
function PostedOnField({ id, state, today }: { id: string; state: FormState; today: string }) {
  return (
    <TextField
      id={id}
      {...answeredField(state, "postedOn")}
      label="Day posted"
      hint="Year-month-day, in company time."
      defaultValue={state.values?.postedOn ?? today}
      input={{ type: "date", maxLength: 10 }}
    />
  );
}

/** "The notice was posted to this customer on <day>", on their row of the list of notices to post (a plain form: works without JavaScript). */
export function CpniNoticePostedFromListForm({ customerId, fullName, today, index }: { customerId: string; fullName: string; today: string; index: number }) {
  const [state, formAction] = useActionState(recordCpniNoticePostedFromListAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-label={`Record the notice posted to ${fullName}`} className="mt-2 flex flex-wrap items-end gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <PostedOnField id={`cpni-posted-on-${index}`} state={state} today={today} />
      <SubmitButton label="Record the notice sent by post" pendingLabel="Saving…" />
    </form>
  );
}

/** "The customer replied no to the emailed notice": the reply reaches the Privacy Administrator, who records it here. */
export function CpniReplyOptOutForm({ reference }: { reference: string }) {
  const [state, formAction] = useActionState(recordCpniOptOutByReplyAction, idleFormState);
  return (
    <form action={formAction} noValidate aria-labelledby="cpni-reply-heading" className="mt-4 space-y-3 card">
      <h4 id="cpni-reply-heading" className="font-semibold">
        The customer replied “no” to the notice
      </h4>
      <p className="max-w-prose text-sm">
        Customers may opt out by replying to the emailed notice (47 CFR 64.2008(d)(3)(ii)); replies reach the Privacy Administrator. Record the reply here: their CPNI is no
        longer used for offers, at once.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="reference" value={reference} />
      <SubmitButton label="Record the customer’s no" pendingLabel="Saving…" />
    </form>
  );
}
