"use client";

import type { SummaryField } from "@/components/ui/error-summary";
import { FieldGroup, RadioGroupField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { RequestForm, useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { recordReceivedRequestAction } from "../intake-actions";
import { ANSWER_CHANNELS, answerChannelLabels, INTAKE_CHANNELS, INTAKE_REQUEST_TYPES, intakeChannelLabels, intakeTypeLabels } from "../intake-schemas";

const ID_PREFIX = "intake";
const id = (name: string) => `${ID_PREFIX}-${name}`;

const SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: "channel", targetId: id(`channel-${INTAKE_CHANNELS[0]}`) },
  { name: "receivedOn", targetId: id("receivedOn") },
  { name: "type", targetId: id(`type-${INTAKE_REQUEST_TYPES[0]}`) },
  { name: "requesterName", targetId: id("requesterName") },
  { name: "requesterEmail", targetId: id("requesterEmail") },
  { name: "streetAddress", targetId: id("streetAddress") },
  { name: "city", targetId: id("city") },
  { name: "state", targetId: id("state") },
  { name: "postalCode", targetId: id("postalCode") },
  { name: "answerChannel", targetId: id(`answerChannel-${ANSWER_CHANNELS[0]}`) },
  { name: "asked", targetId: id("asked") },
  { name: "enclosures", targetId: id("enclosures") },
];

interface Props {
  idempotencyKey: string;
  /** Today and the oldest day taken, YYYY-MM-DD, in the company's time zone. */
  today: string;
  oldest: string;
  todayLabel: string;
  timeZone: string;
}

/**
 * A request that came by email or post, entered by the Privacy Administrator.
 * A plain form with a server action: works without JavaScript. On success the
 * action opens the request's page.
 */
export function RecordRequestForm({ idempotencyKey, oldest, todayLabel, timeZone }: Props) {
  const form = useRequestForm(recordReceivedRequestAction, ID_PREFIX);
  // The date received starts empty on purpose: it is rarely today, and the deadlines count from it.
  const { field: text, errors, values } = form;
  return (
    <RequestForm form={form} idPrefix={ID_PREFIX} idempotencyKey={idempotencyKey} summaryFields={SUMMARY_FIELDS} submitLabel="Record the request" className="mt-6 max-w-2xl space-y-8">
      <FieldGroup id={id("arrival")} legend="How and when it arrived">
        <RadioGroupField
          id={id("channel")}
          name="channel"
          legend="How did the request come in?"
          hint="The policy takes requests by email and by post. It does not take them by telephone or fax."
          options={INTAKE_CHANNELS.map((channel) => ({ value: channel, label: intakeChannelLabels[channel] }))}
          error={errors.channel}
          defaultValue={values.channel}
        />
        <TextField
          {...text("receivedOn")}
          label="Date received"
          hint={`The day the email or letter reached us, in company time (${timeZone}), as YYYY-MM-DD. The deadlines count from this day, not from today. Today is ${todayLabel}; the date can be at most a year back (${oldest}).`}
          input={{ type: "date", maxLength: 10 }}
        />
      </FieldGroup>

      <RadioGroupField
        id={id("type")}
        name="type"
        legend="What kind of request is it?"
        hint="A report about a minor's data goes through the public “Report a minor’s data” form, which matches the child's details."
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
        <TextField {...text("streetAddress")} label="Street address" optional input={{ autoComplete: "off", maxLength: fieldLimits.streetAddress }} />
        <TextField {...text("city")} label="City" optional input={{ autoComplete: "off", maxLength: fieldLimits.city }} />
        <TextField {...text("state")} label="State" optional hint="Two letters, for example NJ." input={{ autoComplete: "off", maxLength: 2 }} />
        <TextField {...text("postalCode")} label="ZIP code" optional hint="5 digits, or 9 digits as 12345-6789." input={{ autoComplete: "off", inputMode: "numeric", maxLength: 10 }} />
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
      <TextAreaField
        {...text("enclosures")}
        label="What was enclosed"
        optional
        hint="A note of what came with it, for example “copy of a driver's license, a utility bill”. No file is kept here."
        maxLength={fieldLimits.freeText}
      />
    </RequestForm>
  );
}
