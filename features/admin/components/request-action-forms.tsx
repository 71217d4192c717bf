"use client";

import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxField, RadioGroupField, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { ButtonImportance } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { answeredField, idleFormState, type FormState } from "@/lib/forms/form-state";
import type { RequestIntent } from "../request-action-schemas";
import { CONFIRMATION_FIELD, FINAL_STEPS, type FinalStep } from "../request-confirmation";
import { takeRequestStepAction } from "../request-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { filterInputClass } from "@/components/ui/form-fields";

/** What the box to tick says before each final step: what happens, and that it cannot be undone. */
const CONFIRMATIONS: Record<FinalStep, string> = {
  complete: "I understand that this closes the request and sends the answer now; it cannot be undone.",
  deny: "I understand that this closes the request as denied and sends the reason now; it cannot be undone.",
  erase: "I understand that the chosen data is erased now and the report is closed; it cannot be undone.",
  mistaken: "I understand that the hold on every matched account ends now; it cannot be put back.",
};

const frameColor = (final: boolean) => (final ? "border-red-300 dark:border-red-800" : "border-slate-200 dark:border-slate-700");

const isFinal = (intent: RequestIntent): intent is FinalStep => (FINAL_STEPS as readonly string[]).includes(intent);

/** Said beside a final step's title, apart from it (a screen reader reads "Deny the request, final: cannot be undone"). */
function FinalMark() {
  return (
    <>
      <span className="sr-only">, </span>
      <Badge tone="danger" apart={false} className="ml-2">
        Final: cannot be undone
      </Badge>
    </>
  );
}

type Placement = "next" | "other";

interface ActionFormProps {
  intent: RequestIntent;
  reference: string;
  title: string;
  description?: string;
  submitLabel: string;
  fields?: (state: FormState) => ReactNode;
  /** Shown first, open; the others are closed until chosen (and open again when they come back with an error). */
  placement?: Placement;
}

/** One step of the workflow as a plain form (works without JavaScript), with its own answer. */
function ActionForm({ intent, reference, title, description, submitLabel, fields, placement = "next" }: ActionFormProps) {
  const [state, formAction] = useActionState(takeRequestStepAction, idleFormState);
  const final = isFinal(intent);
  const importance: ButtonImportance = final ? "danger" : placement === "next" ? "primary" : "secondary";
  const headingId = `action-${intent}-heading`;
  const form = (
    <form action={formAction} noValidate aria-labelledby={headingId} className={placement === "next" ? `space-y-3 rounded border p-4 ${frameColor(final)}` : "space-y-3 px-4 pb-4"}>
      {placement === "next" ? (
        <h3 id={headingId} className="type-subsection">
          {title}
          {final ? <FinalMark /> : null}
        </h3>
      ) : null}
      {description ? <p className="max-w-prose text-sm">{description}</p> : null}
      <FormMessage state={state} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="reference" value={reference} />
      {fields?.(state)}
      {final ? <CheckboxField id={`${intent}-confirmed`} name={CONFIRMATION_FIELD} label={CONFIRMATIONS[intent]} error={state.fieldErrors?.[CONFIRMATION_FIELD]} /> : null}
      <SubmitButton label={submitLabel} pendingLabel="Saving…" importance={importance} />
    </form>
  );
  if (placement === "next") return form;
  return (
    <details open={state.status === "error"} className={`rounded border ${frameColor(final)}`}>
      <summary className="cursor-pointer rounded px-4 py-3 font-semibold hover:bg-slate-100 dark:hover:bg-slate-800">
        <span id={headingId}>{title}</span>
        {final ? <FinalMark /> : null}
      </summary>
      <div className="px-1 pb-1">{form}</div>
    </details>
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
  /** The step shown first (request-guidance.ts), or null when none is (nothing left to do but notes). */
  next: RequestIntent | null;
}

/**
 * The forms that move a request on, only those its status allows: the next
 * step its state calls for first, open; every other step closed behind its own
 * title, the ordinary ones before those that close something for good. Each
 * is a <details>, so choosing one works without JavaScript.
 */
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
  next,
}: RequestActionFormsProps) {
  const area = (id: string, name: string, label: string, hint?: string, defaultValue?: string) =>
    function TextAreaFor(state: FormState) {
      return <TextAreaField id={id} name={name} label={label} hint={hint} error={state.fieldErrors?.[name]} defaultValue={state.values?.[name] ?? defaultValue} maxLength={2000} />;
    };
  const forms: Record<RequestIntent, (placement: Placement) => ReactNode> = {
    verify: (placement) => (
      <ActionForm
        placement={placement}
        intent="verify"
        reference={reference}
        title="Verify the requester"
        description="Confirm the requester is who they say they are before answering. The requester is told that their identity was verified; how is kept for staff."
        submitLabel="Mark as verified"
        fields={area("verify-method", "method", "How you verified their identity", undefined, suggestedVerification)}
      />
    ),
    start: (placement) => (
      <ActionForm placement={placement} intent="start" reference={reference} title="Start work" description="Tells the requester their request is being worked on." submitLabel="Mark as in progress" />
    ),
    extend: (placement) => (
      <ActionForm
        placement={placement}
        intent="extend"
        reference={reference}
        title="Extend the deadline"
        description="Once only, by up to 45 days. The requester is emailed the reason and the new date."
        submitLabel="Extend by 45 days"
        fields={area("extend-reason", "reason", "Reason for the extension")}
      />
    ),
    complete: (placement) => (
      <ActionForm
        placement={placement}
        intent="complete"
        reference={reference}
        title="Complete the request"
        description={completionHint}
        submitLabel="Complete the request and send the answer"
        fields={area("complete-message", "message", "Answer to the requester")}
      />
    ),
    deny: (placement) => (
      <ActionForm
        placement={placement}
        intent="deny"
        reference={reference}
        title="Deny the request"
        description="The request is closed as denied, and the requester is emailed the reason and a contact person for further questions."
        submitLabel="Deny the request and send the reason"
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
    erase: (placement) =>
      erasableAccounts === null ? (
        <Card as="section" aria-labelledby="action-erase-heading" className="space-y-3">
          <h3 id="action-erase-heading" className="type-subsection">Erase and complete</h3>
          <p className="max-w-prose text-sm">
            To choose what to erase, first see what this report found (that look is recorded in the audit log).{" "}
            {findingsHref ? (
              <a className="underline" href={findingsHref}>
                Show what this report found
              </a>
            ) : null}
          </p>
        </Card>
      ) : (
        <ActionForm
          placement={placement}
          intent="erase"
          reference={reference}
          title="Erase and complete"
          description="No identity check is needed: act on the child’s data directly. Everything is erased in one step with the answer; it cannot be undone. What must be kept, and why, is listed under “What this report found”."
          submitLabel="Erase the data and complete the report"
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
    mistaken: (placement) => (
      <ActionForm
        placement={placement}
        intent="mistaken"
        reference={reference}
        title="Record that the report was mistaken"
        description="When the details were not a child’s. The hold on every matched account ends; nothing is erased and the reporter is not told. Denying the report does not end the hold by itself."
        submitLabel="Record as mistaken and end the hold"
        fields={area("mistaken-reason", "reason", "Why the report was mistaken")}
      />
    ),
    assign: (placement) => (
      <ActionForm
        placement={placement}
        intent="assign"
        reference={reference}
        title="Assign"
        submitLabel="Save assignment"
        fields={() => (
          <div>
            <label htmlFor="assign-to" className="block font-medium">
              Assigned to
            </label>
            <select id="assign-to" name="assignee" defaultValue={assignedTo ?? ""} className={filterInputClass}>
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
    note: (placement) => (
      <ActionForm
        placement={placement}
        intent="note"
        reference={reference}
        title="Add an internal note"
        description="Only staff see notes; the requester is not told."
        submitLabel="Add note"
        fields={area("note-text", "note", "Note")}
      />
    ),
  };
  const others = [...actions.filter((intent) => intent !== next && !isFinal(intent)), ...actions.filter((intent) => intent !== next && isFinal(intent))];
  return (
    <>
      <section aria-labelledby="actions-heading" className="mt-10">
        <h2 id="actions-heading" className="type-section">Next step</h2>
        {next === "note" || next === null ? <p className="mt-2">This request is closed: only internal notes can be added.</p> : null}
        {next ? <div className="mt-4">{forms[next]("next")}</div> : null}
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="other-steps-heading" className="mt-8">
          <h2 id="other-steps-heading" className="type-section">Other steps</h2>
          <p className="mt-1 text-sm">Open a step to take it.</p>
          <div className="mt-3 space-y-3">
            {others.map((intent) => (
              <div key={intent}>{forms[intent]("other")}</div>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
