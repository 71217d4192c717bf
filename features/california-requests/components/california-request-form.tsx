"use client";

import Link from "next/link";
import { site } from "@/content/site";
import type { SummaryField } from "@/components/ui/error-summary";
import { RadioGroupField, TextField } from "@/components/ui/form-fields";
import { RequestReceived } from "@/components/ui/request-received";
import { RequestForm, useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { submitCaliforniaRequestAction } from "../actions";
import { ANSWER_CHANNELS, answerChannelLabels } from "../schemas";

const ID_PREFIX = "ccpr";
const id = (name: string) => `${ID_PREFIX}-${name}`;

const SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: "fullName", targetId: id("fullName") },
  { name: "answerChannel", targetId: id(`answerChannel-${ANSWER_CHANNELS[0]}`) },
  { name: "email", targetId: id("email") },
  { name: "streetAddress", targetId: id("streetAddress") },
  { name: "city", targetId: id("city") },
  { name: "state", targetId: id("state") },
  { name: "postalCode", targetId: id("postalCode") },
];

const channelHints: Record<(typeof ANSWER_CHANNELS)[number], string> = {
  email: "Your street address is then optional.",
  postal: "We need your street address.",
};

/**
 * The public "Your California Privacy Rights" request (Civil Code 1798.83),
 * labelled as the policy says. Works without JavaScript (plain form, server
 * action); with it, the confirmation replaces the form in place.
 */
export function CaliforniaRequestForm({ idempotencyKey }: { idempotencyKey: string }) {
  const form = useRequestForm(submitCaliforniaRequestAction, ID_PREFIX);

  const { received, field: text, errors, values } = form;
  if (received) {
    return (
      <RequestReceived
        title="We received your California Privacy Rights request"
        reference={received.reference}
        receivedOn={received.receivedOn}
        answerBy={received.answerBy}
        answerByLabel="We will answer by"
        statusPath={received.statusPath}
      >
        <p>
          {received.acknowledgementEmailed
            ? "We have emailed a confirmation with this reference number to the address you gave."
            : "You gave no email address, so our answer will come by postal mail only."}
        </p>
        <p>
          Questions? Email our {site.privacyAdministrator.title} at{" "}
          <a className="underline" href={`mailto:${site.privacyAdministrator.email}`}>
            {site.privacyAdministrator.email}
          </a>{" "}
          and quote your reference number.
        </p>
      </RequestReceived>
    );
  }


  return (
    <>
      <h1 className="type-title">Your California Privacy Rights</h1>
      <div className="mt-4 max-w-prose space-y-3">
        <p>
          If you live in California and do business with {site.companyName}, California Civil Code section 1798.83 lets you
          ask how to use your choices about sharing your personal information with other companies for their direct
          marketing. Ask here; you do not need an account.
        </p>
        <p>
          We answer within 30 days, by email or by postal mail, as you choose. We do not take these requests by telephone or
          fax. <Link className="underline" href="/privacy#california-privacy-rights">Read this part of our privacy policy</Link>.
        </p>
      </div>
      <RequestForm form={form} idPrefix={ID_PREFIX} idempotencyKey={idempotencyKey} summaryFields={SUMMARY_FIELDS} submitLabel="Send my request" className="mt-8 max-w-2xl space-y-6">

        <TextField {...text("fullName")} label="Your name" input={{ autoComplete: "name", maxLength: fieldLimits.name }} />
        <RadioGroupField
          id={id("answerChannel")}
          name="answerChannel"
          legend="How should we send our answer?"
          options={ANSWER_CHANNELS.map((channel) => ({ value: channel, label: answerChannelLabels[channel], hint: channelHints[channel] }))}
          error={errors.answerChannel}
          defaultValue={values.answerChannel}
        />
        <TextField
          {...text("email")}
          label="Email address"
          hint="Needed if you chose email. If you give it, we also send a confirmation there."
          input={{ type: "email", autoComplete: "email", maxLength: fieldLimits.email, spellCheck: false }}
        />
        <TextField
          {...text("streetAddress")}
          label="Street address"
          hint="Needed if you chose postal mail; optional if you chose email."
          input={{ autoComplete: "street-address", maxLength: fieldLimits.streetAddress }}
        />
        <TextField {...text("city")} label="City" input={{ autoComplete: "address-level2", maxLength: fieldLimits.city }} />
        <TextField {...text("state")} label="State" hint="Two letters, for example CA." input={{ autoComplete: "address-level1", maxLength: 2 }} />
        <TextField
          {...text("postalCode")}
          label="ZIP code"
          hint="5 digits, or 9 digits as 12345-6789."
          input={{ autoComplete: "postal-code", inputMode: "numeric", maxLength: 10 }}
        />
      </RequestForm>
    </>
  );
}
