"use client";

import { site } from "@/content/site";
import type { SummaryField } from "@/components/ui/error-summary";
import { FieldGroup, RadioGroupField, TextField } from "@/components/ui/form-fields";
import { RequestReceived } from "@/components/ui/request-received";
import { RequestForm, useRequestForm } from "@/components/ui/request-form";
import { fieldLimits } from "@/lib/requests/public-request-fields";
import { submitMinorReportAction } from "../actions";
import { RELATIONS, relationLabels } from "../schemas";
import { MinorReportChildFields } from "./child-fields";
import { childSummaryFields } from "./child-summary-fields";
import { Card } from "@/components/ui/card";

const ID_PREFIX = "minor";
const id = (name: string) => `${ID_PREFIX}-${name}`;

/** The summary's order is the form's order; a group's problem links to the group's first field. */
const SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: "reporterName", targetId: id("reporterName") },
  { name: "relation", targetId: id(`relation-${RELATIONS[0]}`) },
  { name: "reporterContact", targetId: id("reporterEmail") },
  { name: "reporterEmail", targetId: id("reporterEmail") },
  { name: "reporterPhone", targetId: id("reporterPhone") },
  ...childSummaryFields(id),
];

/**
 * The "Report a minor's data" form. A plain form posting to a server action,
 * so it works without JavaScript; with it, useActionState keeps the page and
 * swaps the form for the confirmation.
 */
export function ReportMinorForm({ idempotencyKey }: { idempotencyKey: string }) {
  const form = useRequestForm(submitMinorReportAction, ID_PREFIX);

  const { received, field: text, errors, values } = form;
  if (received) {
    return (
      <RequestReceived title="We received your report" reference={received.reference} receivedOn={received.receivedOn} answerBy={received.answerBy} answerByLabel="We will contact you by" statusPath={received.statusPath}>
        <p>
          {received.acknowledgementEmailed
            ? "We have emailed a confirmation with this reference number to the address you gave."
            : "You gave no email address, so we will reach you by phone."}
        </p>
        <p>
          Our {site.privacyAdministrator.title} treats every report about a child as urgent. If you need to add anything, email{" "}
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
      <h1 className="type-title">Report a minor&apos;s data</h1>
      <p className="mt-4 max-w-prose">
        {site.companyName} does not knowingly collect personal information from anyone under 18. If you believe a child&apos;s
        information reached us, tell us here. You do not need an account, and you will get a reference number.
      </p>
      <RequestForm form={form} idPrefix={ID_PREFIX} idempotencyKey={idempotencyKey} summaryFields={SUMMARY_FIELDS} submitLabel="Send report" className="mt-8 max-w-2xl space-y-8">

        <FieldGroup id={id("about-you")} legend="About you">
          <TextField {...text("reporterName")} label="Your name" input={{ autoComplete: "name", maxLength: fieldLimits.name }} />
          <RadioGroupField
            id={id("relation")}
            name="relation"
            legend="Your relation to the child"
            options={RELATIONS.map((relation) => ({ value: relation, label: relationLabels[relation] }))}
            error={errors.relation}
            defaultValue={values.relation}
          />
        </FieldGroup>

        <FieldGroup id={id("reporterContact")} legend="How can we reach you?" hint="Give at least one. We use it only to talk to you about this report." error={errors.reporterContact}>
          <TextField {...text("reporterEmail")} label="Email address" input={{ type: "email", autoComplete: "email", maxLength: fieldLimits.email, spellCheck: false }} />
          <TextField {...text("reporterPhone")} label="Phone number" hint="With the area code, for example 973 555 0142." input={{ type: "tel", autoComplete: "tel", maxLength: fieldLimits.phone }} />
        </FieldGroup>

        <MinorReportChildFields audience="reporter" />

        <Card as="section" aria-labelledby={id("how-used")} className="max-w-prose">
          <h2 id={id("how-used")} className="type-subsection">
            How we use this report
          </h2>
          <p className="mt-2">
            Only our {site.privacyAdministrator.title} reads it. We use it to find and delete the child&apos;s information and to
            contact you about it, and for nothing else. From the moment we receive it until the information is deleted, we do
            not use any account it points to for marketing, share it with advertisers or use it for advertising. We keep the
            report as the record of what we did, and remove the child&apos;s details from it 90 days after it is closed.
          </p>
        </Card>

      </RequestForm>
    </>
  );
}
