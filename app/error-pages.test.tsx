import { PathnameContext, SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import AccountError from "@/app/(account)/error";
import ConsoleError from "@/app/(admin)/error";
import SignInError from "@/app/(auth)/error";
import PublicError from "@/app/(public)/error";
import GlobalError from "@/app/global-error";
import { ErrorPanel } from "@/components/ui/error-panel";

// What a failing query might carry: none of it may reach the page.
const failure = Object.assign(new Error("SQLITE_BUSY: database is locked in select password_hash from accounts"), { digest: "2718281828" });
const leaks = ["SQLITE_BUSY", "password_hash", failure.digest, failure.stack!.split("\n")[1]!.trim()];

/** Renders as Next.js would at `address`: the boundaries read the current address for their reload link. */
function renderAt(address: string, element: ReactElement): string {
  const url = new URL(address, "http://localhost");
  return renderToStaticMarkup(
    <PathnameContext.Provider value={url.pathname}>
      <SearchParamsContext.Provider value={url.searchParams}>{element}</SearchParamsContext.Provider>
    </PathnameContext.Provider>,
  );
}

const retry = () => undefined;
const contact = 'href="mailto:legal@phone.com"';

describe("the error boundaries", () => {
  const boundaries = [
    {
      name: "public pages",
      address: "/requests/PC-7Q2X?key=k3y",
      element: <PublicError error={failure} retry={retry} />,
      heading: "We could not show this page just now",
      says: ['href="/privacy"', 'href="/privacy/versions"', contact, 'href="/requests/PC-7Q2X?key=k3y">Reload this page</a>'],
    },
    {
      name: "sign-in pages",
      address: "/reset-password?token=t0k3n",
      element: <SignInError error={failure} retry={retry} />,
      heading: "Signing in is not working just now",
      says: ['href="/privacy"', contact, 'href="/reset-password?token=t0k3n">Reload this page</a>'],
    },
    {
      name: "account pages",
      address: "/account/choices",
      element: <AccountError error={failure} retry={retry} />,
      heading: "We could not show your account just now",
      says: [
        "Something went wrong on our side and nothing was changed. Please try again. If it keeps happening, email our Privacy Administrator at",
        'href="/privacy"',
        contact,
        'href="/account/choices">Reload this page</a>',
      ],
    },
    {
      // The reader is the Privacy Administrator: no address to write to.
      name: "console pages",
      address: "/admin/requests/PC-7Q2X",
      element: <ConsoleError error={failure} retry={retry} />,
      heading: "This page of the console could not be shown",
      says: ["check the request’s timeline before doing it again. The error is in the server’s log.", 'href="/admin/requests/PC-7Q2X">Reload this page</a>'],
    },
  ];

  for (const boundary of boundaries) {
    it(`on ${boundary.name}: a heading, our words, Try again and a plain link back, never the error itself`, () => {
      const html = renderAt(boundary.address, boundary.element);
      expect(html).toContain(`<h1 class="type-title">${boundary.heading}</h1>`);
      for (const text of boundary.says) expect(html).toContain(text);
      expect(html).toMatch(/<button type="button" class="[^"]*noscript:hidden[^"]*">Try again<\/button>/);
      for (const leak of leaks) expect(html).not.toContain(leak);
    });
  }

  it("global-error brings its own document, title and fixed links, and never the error itself", () => {
    // Prerendered as the static 500 page too, so nothing in it may depend on the failed address.
    const html = renderAt("/account", <GlobalError error={failure} retry={retry} />);
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).toContain("<title>Something went wrong · Phone.com Privacy Center</title>");
    expect(html).toContain('<h1 class="type-title">The Privacy Center could not show this page</h1>');
    expect(html).toContain('<a class="underline" href="/privacy">Read the privacy policy</a>');
    expect(html).toContain('href="/privacy/versions"');
    expect(html).toContain(contact);
    expect(html).toContain(">Try again</button>");
    expect(html).not.toContain("Reload this page");
    for (const leak of leaks) expect(html).not.toContain(leak);
  });
});

/** The first element of `type` in a tree of elements, looking through props.children only. */
function findElement(node: ReactNode, type: string): ReactElement<{ onClick?: () => void }> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  if (node.type === type) return node as ReactElement<{ onClick?: () => void }>;
  return findElement(node.props.children, type);
}

describe("ErrorPanel", () => {
  it("asks Next.js to try again when the button is pressed", () => {
    const retrySpy = vi.fn();
    const button = findElement(ErrorPanel({ title: "Failed", retry: retrySpy, children: "Sorry." }), "button");
    button!.props.onClick!();
    expect(retrySpy).toHaveBeenCalledOnce();
  });

  it("reloads the current address when given no link", () => {
    expect(renderAt("/privacy/versions", <ErrorPanel title="Failed" retry={retry}>Sorry.</ErrorPanel>)).toContain(
      '<a class="underline" href="/privacy/versions">Reload this page</a>',
    );
  });
});
