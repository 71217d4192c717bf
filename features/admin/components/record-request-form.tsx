"use client";

import type { SummaryField } from "@/components/ui/error-summary";
import { FieldGroup, RadioGroupField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { RequestForm, useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { recordReceivedRequestAction } from "../intake-actions";
import { ANSWER_CHANNELS, answerChannelLabels, INTAKE_REQUEST_TYPES, intakeTypeLabels } from "../intake-schemas";
import { ArrivalFields, arrivalSummaryFields, EnclosuresField, PostalAddressFields, postalSummaryFields, type ReceiptDays } from "./record-request-fields";

const ID_PREFIX = "intake";
const id = (name: string) => `${ID_PREFIX}-${name}`;

const SUMMARY_FIELDS: readonly SummaryField[] = [
  ...arrivalSummaryFields(id),
  { name: "type", targetId: id(`type-${INTAKE_REQUEST_TYPES[0]}`) },
  { name: "requesterName", targetId: id("requesterName") },
  { name: "requesterEmail", targetId: id("requesterEmail") },
  ...postalSummaryFields(id),
  { name: "answerChannel", targetId: id(`answerChannel-${ANSWER_CHANNELS[0]}`) },
  { name: "asked", targetId: id("asked") },
  { name: "enclosures", targetId: id("enclosures") },
];

interface Props extends ReceiptDays {
  idempotencyKey: string;
}

/**
 * A request that came by email or post, entered by the Privacy Administrator.
 * A plain form with a server action: works without JavaScript. On success the
 * action opens the request's page.
 */
export function RecordRequestForm({ idempotencyKey, ...days }: Props) {
  const form = useRequestForm(recordReceivedRequestAction, ID_PREFIX);
  const { field: text, errors, values } = form;
  return (
    <RequestForm form={form} idPrefix={ID_PREFIX} idempotencyKey={idempotencyKey} summaryFields={SUMMARY_FIELDS} submitLabel="Record the request" className="mt-6 max-w-2xl space-y-8">
      <ArrivalFields form={form} days={days} what="request" />

      <RadioGroupField
        id={id("type")}
        name="type"
        legend="What kind of request is it?"
        hint="A report about a minor's data has its own form: choose “A report about a minor’s data” above."
        options={INTAKE_REQUEST_TYPES.map((type) => ({ value: type, label: intakeTypeLabels[type] }))}
        error={errors.type}
        defaultValue={values.type}
      />

      <FieldGroup id={id("requester")} legend="Who asked" hint="An email address, or a full postal address, or both: the answer must go somewhere.">
        <TextField {...text("requesterName")} label="Name" input={{ autoComplete: "off", maxLength: fieldLimits.name }} />
        <TextField
          {...text("requesterEmail")}
          label="Email address"
          optional
          hint="For a request by email, the address it came from. A confirmation with the reference is emailed there."
          input={{ type: "email", autoComplete: "off", maxLength: fieldLimits.email, spellCheck: false }}
        />
        <PostalAddressFields form={form} />
      </FieldGroup>

      <RadioGroupField
        id={id("answerChannel")}
        name="answerChannel"
        legend="How did they ask to get the answer? (California Privacy Rights requests only)"
        hint="The policy asks California Privacy Rights requesters to say: by email or by postal mail."
        options={ANSWER_CHANNELS.map((channel) => ({ value: channel, label: answerChannelLabels[channel] }))}
        error={errors.answerChannel}
        defaultValue={values.answerChannel}
      />

      <TextAreaField {...text("asked")} label="What they asked" hint="In their words, or a faithful summary." maxLength={fieldLimits.freeText} />
      <EnclosuresField form={form} hint="A note of what came with it, for example “copy of a driver's license, a utility bill”. No file is kept here." />
    </RequestForm>
  );
}
