"use client";

// A client component only so that every dynamic page's RSC payload names this fallback instead of spelling it out;
// it is rendered on the server as before and needs no JavaScript.
import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="type-title">We could not find that page</h1>
      <p className="mt-4 max-w-prose">
        The address may be mistyped, the page may have moved, or a form asked for something that is not here. Policy versions keep their addresses for good; see the{" "}
        <Link className="underline" href="/privacy/versions">
          policy history
        </Link>{" "}
        or read the{" "}
        <Link className="underline" href="/privacy">
          current privacy policy
        </Link>
        .
      </p>
    </>
  );
}
