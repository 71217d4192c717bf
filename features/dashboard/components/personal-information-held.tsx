"use client";

import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { correctionPolicy } from "@/content/data-categories";
import { site } from "@/content/site";
import { policyHref } from "@/lib/policy-links";
import type { CustomerDetails } from "@/lib/domain";
import { CORRECTION_SECTION_ID } from "./dashboard-links";
import { DateOfBirthCorrectionForm } from "./date-of-birth-correction-form";
import "./your-information.css";

/** What the customer's personal information shows: the details and the email address, nothing else of the record. */
export type PersonalInformationShown = Pick<CustomerDetails, "fullName" | "streetAddress" | "city" | "state" | "postalCode" | "phone" | "dateOfBirth"> & { email: string };

/**
 * A client component: its explanations are the same for everyone, so only the
 * customer's details travel in the page's RSC payload. `idempotencyKey` is made
 * on the server, once per page view.
 */
export function PersonalInformationHeld({ personal, idempotencyKey }: { personal: PersonalInformationShown; idempotencyKey: string }) {
  return (
    <>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Name</dt>
        <dd>{personal.fullName}</dd>
        <dt className="font-medium">Email address</dt>
        <dd>
          {personal.email}
          <p className="text-sm quiet">
            It is also how you sign in, so it is changed under <Link className="underline" href="/account/security">Security</Link>.
          </p>
        </dd>
        <dt className="font-medium">Postal address</dt>
        <dd>
          <address className="not-italic">
            {personal.streetAddress}
            <br />
            {`${personal.city}, ${personal.state} ${personal.postalCode}`}
          </address>
        </dd>
        <dt className="font-medium">Phone number</dt>
        <dd>{personal.phone}</dd>
        <dt className="font-medium">Date of birth</dt>
        <dd>
          <FormattedDate day={personal.dateOfBirth} />
          <p id="date-of-birth-explanation" className="mt-1 max-w-prose text-sm quiet">
            Your date of birth cannot be deleted: we need it to check that subscribers are at least 18. It can be changed only once the
            new date is verified, so a change is a correction request that our {site.privacyAdministrator.title} handles, not an edit here
            (see{" "}
            <Link className="underline" href={`${policyHref}#${correctionPolicy.anchor}`}>
              {correctionPolicy.label}
            </Link>
            ).
          </p>
          <DateOfBirthCorrectionForm idempotencyKey={idempotencyKey} />
        </dd>
      </dl>
      <p className="mt-3">
        <a className="font-medium underline" href={`#${CORRECTION_SECTION_ID}`}>
          Correct your name, address or phone number
        </a>
      </p>
    </>
  );
}
