import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { dataCategories } from "@/content/data-categories";
import { AccessRequestForm, CorrectionRequestForm, DeletionRequestForm } from "@/features/customer-requests/components/request-forms";
import { RequestList } from "@/features/customer-requests/components/request-list";
import { DeletionScopeList } from "@/features/customer-requests/components/deletion-scope-list";
import { listCustomerRequests } from "@/features/customer-requests/queries";

export const metadata: Metadata = { title: "Your privacy requests" };

// Reads the session, so it is rendered per request; each form gets a fresh idempotency key.
export default async function YourRequestsPage() {
  const requests = await listCustomerRequests();
  return (
    <>
      <h1 className="type-title">Your privacy requests</h1>
      <p className="mt-2 max-w-prose">
        Ask for a copy of your information, a correction or its deletion. We answer within 45 days; if we need longer, which the law allows once, we tell
        you why before then. Each request has its own page where you can follow it.
      </p>

      <section aria-labelledby="your-requests-heading" className="mt-8">
        <h2 id="your-requests-heading" className="type-section">Requests you have made</h2>
        <RequestList requests={requests} />
      </section>

      <section aria-labelledby="access-heading" className="mt-10">
        <h2 id="access-heading" className="type-section">Ask for a copy of your information</h2>
        <p className="mt-2 max-w-prose">
          We will prepare a copy of everything we hold about you, with what each kind of information is used for, and you will download it from the
          request’s page once it is ready. For a copy of what you see on <Link className="underline" href="/account">Your information</Link> right now,
          use its download button instead: no request is needed.
        </p>
        <AccessRequestForm idempotencyKey={randomUUID()} />
      </section>

      <section aria-labelledby="correction-heading" className="mt-10">
        <h2 id="correction-heading" className="type-section">Ask us to correct something</h2>
        <p className="mt-2 max-w-prose">
          You can correct your name, address and phone number yourself on <Link className="underline" href="/account">Your information</Link>, and ask
          for a change of your date of birth there. For anything else that is wrong, tell us here.
        </p>
        <CorrectionRequestForm idempotencyKey={randomUUID()} categories={dataCategories.map(({ id, title }) => ({ id, title }))} />
      </section>

      <section aria-labelledby="deletion-heading" className="mt-10">
        <h2 id="deletion-heading" className="type-section">Ask us to delete your information</h2>
        <p className="mt-2 max-w-prose">
          Some information cannot be deleted while you have an account with us, or because the law requires us to keep it. Before you ask, read what a
          deletion removes and what it keeps.
        </p>
        <DeletionScopeList />
        <DeletionRequestForm idempotencyKey={randomUUID()} />
      </section>

      <section aria-labelledby="california-heading" className="mt-10">
        <h2 id="california-heading" className="type-section">Your California Privacy Rights</h2>
        <p className="mt-2 max-w-prose">
          California residents may ask which personal information we shared with third parties for their direct marketing in the past year.{" "}
          <Link className="underline" href="/california-privacy-rights">Make a California Privacy Rights request</Link>.
        </p>
      </section>
    </>
  );
}
