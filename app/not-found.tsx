import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">We could not find that page</h1>
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
