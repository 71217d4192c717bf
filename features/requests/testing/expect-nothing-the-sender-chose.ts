import { expect } from "vitest";

/** Every web address in a text, as a mail program would make it a link. */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;

/**
 * Checks an email written because of a form anyone can send: none of what the
 * sender typed appears in it (not even a piece of it), and every link in it is
 * on the center's own site, so it cannot carry a stranger's message or lure.
 */
export function expectNothingTheSenderChose(email: { subject: string; text: string }, typed: string[], siteUrl: string): void {
  for (const part of [email.subject, email.text]) {
    for (const value of typed) expect(part, `the email repeats "${value}"`).not.toContain(value);
  }
  const links = email.text.match(LINK) ?? [];
  for (const link of links) expect(link.startsWith(`${siteUrl}/`), `a link off the center's site: ${link}`).toBe(true);
}
