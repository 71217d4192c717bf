"use client";

import type { ReactNode } from "react";
import type { SummaryField } from "@/components/ui/error-summary";
import { FieldGroup, RadioGroupField, TextField } from "@/components/ui/form-fields";
import { RequestForm, useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { recordReceivedMinorReportAction } from "../intake-actions";
import { ArrivalFields, arrivalSummaryFields, EnclosuresField, PostalAddressFields, postalSummaryFields, type ReceiptDays } from "./record-request-fields";

interface Props extends ReceiptDays {
  idempotencyKey: string;
  /** The prefix of every field's id; the page works out the child's summary entries with it. */
  idPrefix: string;
  /** The reporter's possible relations to the child, as the minors feature lists them. */
  relations: { value: string; label: string }[];
  /** The minors feature's "About the child" fields (an element: it reads this form's state from the form). */
  childFields: ReactNode;
  /** Their entries in the error summary. */
  childSummaryFields: SummaryField[];
}

/**
 * A report about a minor's data that came by email or post, entered by the
 * Privacy Administrator: how and when it arrived, the reporter, and the
 * child's details the report gives (the same fields as the public form, and
 * the same receipt: matching, hold, clocks from the day received). A plain
 * form with a server action: works without JavaScript.
 */
export function RecordMinorReportForm({ idempotencyKey, idPrefix, relations, childFields, childSummaryFields, ...days }: Props) {
  const form = useRequestForm(recordReceivedMinorReportAction, idPrefix);
  const { id } = form;
  const { field: text, errors, values } = form;
  const summaryFields: readonly SummaryField[] = [
    ...arrivalSummaryFields(id),
    { name: "reporterName", targetId: id("reporterName") },
    { name: "relation", targetId: id(`relation-${relations[0]?.value}`) },
    { name: "reporterContact", targetId: id("reporterEmail") },
    { name: "reporterEmail", targetId: id("reporterEmail") },
    { name: "reporterPhone", targetId: id("reporterPhone") },
    ...postalSummaryFields(id),
    ...childSummaryFields,
    { name: "enclosures", targetId: id("enclosures") },
  ];
  return (
    <RequestForm form={form} idPrefix={idPrefix} idempotencyKey={idempotencyKey} summaryFields={summaryFields} submitLabel="Record the report" className="mt-6 max-w-2xl space-y-8">
      <ArrivalFields form={form} days={days} what="report" />

      <FieldGroup id={id("reporter")} legend="Who reported it">
        <TextField {...text("reporterName")} label="Reporter's name" input={{ autoComplete: "off", maxLength: fieldLimits.name }} />
        <RadioGroupField id={id("relation")} name="relation" legend="Their relation to the child" options={relations} error={errors.relation} defaultValue={values.relation} />
      </FieldGroup>

      <FieldGroup
        id={id("reporterContact")}
        legend="How to reach the reporter"
        hint="An email address, a phone number or a full postal address: at least one. A confirmation with the reference is emailed when there is an address."
        error={errors.reporterContact}
      >
        <TextField {...text("reporterEmail")} label="Reporter's email address" optional hint="For a report by email, the address it came from." input={{ type: "email", autoComplete: "off", maxLength: fieldLimits.email, spellCheck: false }} />
        <TextField {...text("reporterPhone")} label="Reporter's phone number" optional input={{ type: "tel", autoComplete: "off", maxLength: fieldLimits.phone }} />
        <PostalAddressFields form={form} />
      </FieldGroup>

      {childFields}

      <EnclosuresField
        form={form}
        hint="A note of what came with it, for example “a copy of a bill”. Do not copy the child's details here: they belong in the fields above, which are removed 90 days after the report is closed."
      />
    </RequestForm>
  );
}
