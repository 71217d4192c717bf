"use client";

// A client component only so that every dynamic page's RSC payload names this fallback instead of spelling it out;
// it is rendered on the server as before and needs no JavaScript.
import Link from "next/link";
import { site } from "@/content/site";

/** Shown when the signed-in account has nothing here to show, e.g. an account with no customer record. */
export default function AccountNotFound() {
  return (
    <>
      <h1 className="type-title">We could not find that in your account</h1>
      <p className="mt-4 max-w-prose">
        There is no customer record behind this account, or the page does not exist. Go back to{" "}
        <Link className="underline" href="/account">
          your information
        </Link>
        , or email our {site.privacyAdministrator.title} at{" "}
        <a className="underline" href={`mailto:${site.privacyAdministrator.email}`}>
          {site.privacyAdministrator.email}
        </a>
        .
      </p>
    </>
  );
}
