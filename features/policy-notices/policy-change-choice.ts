import { choices, type PublishedChoice } from "@/content/choices";

/** The choice that lets a customer turn policy-change emails off (content/choices.ts). */
export const POLICY_CHANGE_CHOICE_KEY = "policy-change-email";

type PolicyChangeChoice = Extract<PublishedChoice, { key: typeof POLICY_CHANGE_CHOICE_KEY }>;

export const policyChangeChoice = choices.find((choice): choice is PolicyChangeChoice => choice.key === POLICY_CHANGE_CHOICE_KEY)!;

/** Where a customer turns the emails off. */
export const CHOICES_PATH = "/account/choices";
