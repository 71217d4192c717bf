"use client";

import type { SummaryField } from "@/components/ui/error-summary";
import { FieldGroup, RadioGroupField, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { INTAKE_CHANNELS, intakeChannelLabels } from "../intake-schemas";

/**
 * The parts every recorded request or report shares: how and when it arrived,
 * a postal address, and the note of what was enclosed. Used by both forms of
 * the "Record a request" page.
 */

type Form = Pick<ReturnType<typeof useRequestForm<unknown>>, "id" | "field" | "errors" | "values">;

export interface ReceiptDays {
  oldest: string;
  todayLabel: string;
  timeZone: string;
}

export const arrivalSummaryFields = (id: (name: string) => string): SummaryField[] => [
  { name: "channel", targetId: id(`channel-${INTAKE_CHANNELS[0]}`) },
  { name: "receivedOn", targetId: id("receivedOn") },
];

export const postalSummaryFields = (id: (name: string) => string): SummaryField[] =>
  ["streetAddress", "city", "state", "postalCode"].map((name) => ({ name, targetId: id(name) }));

export function ArrivalFields({ form, days, what }: { form: Form; days: ReceiptDays; what: "request" | "report" }) {
  // The date received starts empty on purpose: it is rarely today, and the deadlines count from it.
  return (
    <FieldGroup id={form.id("arrival")} legend="How and when it arrived">
      <RadioGroupField
        id={form.id("channel")}
        name="channel"
        legend={`How did the ${what} come in?`}
        hint="The policy takes requests by email and by post. It does not take them by telephone or fax."
        options={INTAKE_CHANNELS.map((channel) => ({ value: channel, label: intakeChannelLabels[channel] }))}
        error={form.errors.channel}
        defaultValue={form.values.channel}
      />
      <TextField
        {...form.field("receivedOn")}
        label="Date received"
        hint={`The day the email or letter reached us, in company time (${days.timeZone}), as YYYY-MM-DD. The deadlines count from this day, not from today. Today is ${days.todayLabel}; the date can be at most a year back (${days.oldest}).`}
        input={{ type: "date", maxLength: 10 }}
      />
    </FieldGroup>
  );
}

export function PostalAddressFields({ form }: { form: Form }) {
  const text = form.field;
  return (
    <>
      <TextField {...text("streetAddress")} label="Street address" optional input={{ autoComplete: "off", maxLength: fieldLimits.streetAddress }} />
      <TextField {...text("city")} label="City" optional input={{ autoComplete: "off", maxLength: fieldLimits.city }} />
      <TextField {...text("state")} label="State" optional hint="Two letters, for example NJ." input={{ autoComplete: "off", maxLength: 2 }} />
      <TextField {...text("postalCode")} label="ZIP code" optional hint="5 digits, or 9 digits as 12345-6789." input={{ autoComplete: "off", inputMode: "numeric", maxLength: 10 }} />
    </>
  );
}

export function EnclosuresField({ form, hint }: { form: Form; hint: string }) {
  return <TextAreaField {...form.field("enclosures")} label="What was enclosed" optional hint={hint} maxLength={fieldLimits.freeText} />;
}
