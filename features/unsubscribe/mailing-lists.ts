import { choices, type PublishedChoice } from "@/content/choices";

/**
 * The lists a promotional email is sent on: each is one of the customer's
 * email choices (content/choices.ts), so unsubscribing from a list is turning
 * that choice off. Administrative and transactional email is on no list.
 */
export const mailingListKeys = ["promotional-email", "advertiser-promotions"] as const;

export type MailingList = (typeof mailingListKeys)[number];

export function isMailingList(value: string): value is MailingList {
  return (mailingListKeys as readonly string[]).includes(value);
}

/** The choice a list stands for: its title and description, as the dashboard shows them. */
export function mailingListChoice(list: MailingList): Extract<PublishedChoice, { key: MailingList }> {
  const choice = choices.find((candidate): candidate is Extract<PublishedChoice, { key: MailingList }> => candidate.key === list);
  if (!choice) throw new Error(`The mailing list ${list} is no choice in content/choices.ts`);
  return choice;
}
