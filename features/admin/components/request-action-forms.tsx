"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { RadioGroupField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { answeredField, idleFormState, type FormState } from "@/lib/forms/form-state";
import type { RequestIntent } from "../request-action-schemas";
import { takeRequestStepAction } from "../request-actions";

interface ActionFormProps {
  intent: RequestIntent;
  reference: string;
  title: string;
  description?: string;
  submitLabel: string;
  fields?: (state: FormState) => ReactNode;
}

/** One step of the workflow as a plain form (works without JavaScript), with its own answer. */
function ActionForm({ intent, reference, title, description, submitLabel, fields }: ActionFormProps) {
  const [state, formAction] = useActionState(takeRequestStepAction, idleFormState);
  const headingId = `action-${intent}-heading`;
  return (
    <form action={formAction} noValidate aria-labelledby={headingId} className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700">
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      {description ? <p className="max-w-prose text-sm">{description}</p> : null}
      <FormMessage state={state} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="reference" value={reference} />
      {fields?.(state)}
      <SubmitButton label={submitLabel} pendingLabel="Saving…" />
    </form>
  );
}

export interface RequestActionFormsProps {
  reference: string;
  actions: RequestIntent[];
  /** What the verification form starts with, e.g. that the customer re-entered their password. */
  suggestedVerification: string;
  administrators: { accountId: string; email: string }[];
  assignedTo: string | null;
  defaultContactPerson: string;
  completionHint: string;
  /** For a minor's report: the matched accounts, once what the report found is shown (null until then). */
  erasableAccounts?: { customerId: string; label: string }[] | null;
  /** Where what the report found is shown (an audited look). */
  findingsHref?: string;
}

/** The forms that move a request on, only those its status allows. */
export function RequestActionForms({
  reference,
  actions,
  suggestedVerification,
  administrators,
  assignedTo,
  defaultContactPerson,
  completionHint,
  erasableAccounts = null,
  findingsHref,
}: RequestActionFormsProps) {
  const area = (id: string, name: string, label: string, hint?: string, defaultValue?: string) =>
    function TextAreaFor(state: FormState) {
      return <TextAreaField id={id} name={name} label={label} hint={hint} error={state.fieldErrors?.[name]} defaultValue={state.values?.[name] ?? defaultValue} maxLength={2000} />;
    };
  const forms: Record<RequestIntent, ReactNode> = {
    verify: (
      <ActionForm
        intent="verify"
        reference={reference}
        title="Verify the requester"
        description="Confirm the requester is who they say they are before answering. The requester is told that their identity was verified; how is kept for staff."
        submitLabel="Mark as verified"
        fields={area("verify-method", "method", "How you verified their identity", undefined, suggestedVerification)}
      />
    ),
    start: <ActionForm intent="start" reference={reference} title="Start work" description="Tells the requester their request is being worked on." submitLabel="Mark as in progress" />,
    extend: (
      <ActionForm
        intent="extend"
        reference={reference}
        title="Extend the deadline"
        description="Once only, by up to 45 days. The requester is emailed the reason and the new date."
        submitLabel="Extend by 45 days"
        fields={area("extend-reason", "reason", "Reason for the extension")}
      />
    ),
    complete: (
      <ActionForm
        intent="complete"
        reference={reference}
        title="Complete the request"
        description={completionHint}
        submitLabel="Complete and send the answer"
        fields={area("complete-message", "message", "Answer to the requester")}
      />
    ),
    deny: (
      <ActionForm
        intent="deny"
        reference={reference}
        title="Deny the request"
        description="The requester is emailed the reason and a contact person for further questions."
        submitLabel="Deny and send the reason"
        fields={(state) => (
          <>
            {area("deny-reason", "reason", "Reason for the denial")(state)}
            <TextField
              id="deny-contact"
              {...answeredField(state, "contactPerson")}
              label="Contact person"
              defaultValue={state.values?.contactPerson ?? defaultContactPerson}
              input={{ maxLength: 200 }}
            />
          </>
        )}
      />
    ),
    erase:
      erasableAccounts === null ? (
        <section aria-labelledby="action-erase-heading" className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-700">
          <h3 id="action-erase-heading" className="text-lg font-semibold">Erase and complete</h3>
          <p className="max-w-prose text-sm">
            To choose what to erase, first see what this report found (that look is recorded in the audit log).{" "}
            {findingsHref ? (
              <a className="underline" href={findingsHref}>
                Show what this report found
              </a>
            ) : null}
          </p>
        </section>
      ) : (
        <ActionForm
          intent="erase"
          reference={reference}
          title="Erase and complete"
          description="No identity check is needed: act on the child’s data directly. Everything is erased in one step with the answer; it cannot be undone. What must be kept, and why, is listed under “What this report found”."
          submitLabel="Erase and send the answer"
          fields={(state) => (
            <>
              <RadioGroupField
                id="erase-scope"
                {...answeredField(state, "erase")}
                legend="What to erase"
                defaultValue={state.values?.erase ?? (erasableAccounts.length === 1 ? `account:${erasableAccounts[0]!.customerId}` : undefined)}
                options={[
                  ...erasableAccounts.map((account) => ({
                    value: `account:${account.customerId}`,
                    label: `The whole account ${account.label}`,
                    hint: "Its sign-in is closed and everything it holds is erased, except what the law requires us to keep.",
                  })),
                  ...(erasableAccounts.length > 1
                    ? [
                        {
                          value: `account:${erasableAccounts.map((account) => account.customerId).join(",")}`,
                          label: `All ${erasableAccounts.length} matched accounts, whole`,
                          hint: "Each one's sign-in is closed and everything it holds is erased, except what the law requires us to keep, all in one step.",
                        },
                      ]
                    : []),
                  {
                    value: "identifiers",
                    label: "Only the records that hold the reported details",
                    hint: "The reported email address, phone number or account number, wherever they are; the rest of each account stays.",
                  },
                ]}
              />
              {area("erase-message", "message", "Answer to the reporter", "The reporter is also told what was erased and what was kept, without naming any account.")(state)}
            </>
          )}
        />
      ),
    mistaken: (
      <ActionForm
        intent="mistaken"
        reference={reference}
        title="Record that the report was mistaken"
        description="When the details were not a child’s. The hold on every matched account ends; nothing is erased and the reporter is not told. Denying the report does not end the hold by itself."
        submitLabel="Record as mistaken"
        fields={area("mistaken-reason", "reason", "Why the report was mistaken")}
      />
    ),
    assign: (
      <ActionForm
        intent="assign"
        reference={reference}
        title="Assign"
        submitLabel="Save assignment"
        fields={() => (
          <div>
            <label htmlFor="assign-to" className="block font-medium">
              Assigned to
            </label>
            <select id="assign-to" name="assignee" defaultValue={assignedTo ?? ""} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2 dark:bg-slate-800">
              <option value="">Nobody</option>
              {administrators.map((admin) => (
                <option key={admin.accountId} value={admin.accountId}>
                  {admin.email}
                </option>
              ))}
            </select>
          </div>
        )}
      />
    ),
    note: (
      <ActionForm
        intent="note"
        reference={reference}
        title="Add an internal note"
        description="Only staff see notes; the requester is not told."
        submitLabel="Add note"
        fields={area("note-text", "note", "Note")}
      />
    ),
  };
  return <div className="grid gap-4 lg:grid-cols-2">{actions.map((intent) => <div key={intent}>{forms[intent]}</div>)}</div>;
}
