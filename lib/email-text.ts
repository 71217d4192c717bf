/**
 * How a plain-text email carries a link: the words that say what it is, then
 * the address alone on the next line. Mail programs turn an address into a
 * link by guessing where it ends, and a full stop or a bracket after it
 * becomes part of it; on a line of its own nothing follows it.
 */
export function linkLines(words: string, url: string, indent = ""): string {
  return `${words}\n${indent}${url}`;
}

/** A web address in plain text, as a mail program finds it: up to the first space, angle bracket or quote. */
const ADDRESS = /(https?:\/\/[^\s<>"']+)/g;

/** Every web address in a plain-text email. */
export function findAddresses(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((match) => match[0]);
}

/** The text cut at its web addresses: the odd-numbered parts are the addresses (to show them as links). */
export function splitAtAddresses(text: string): string[] {
  return text.split(ADDRESS);
}
