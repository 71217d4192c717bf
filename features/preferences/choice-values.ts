import type { ChoiceKey } from "@/content/choices";

/**
 * What the "Your choices" page and its toggles share between the server and
 * the browser (no server code here).
 */

export type ChoiceValues = Record<ChoiceKey, boolean>;

/** What a saved choice answers, in the action's form state. */
export interface SavedChoice {
  choiceKey: ChoiceKey;
  value: boolean;
  /** False when the choice already had that value: nothing was recorded. */
  changed: boolean;
  /**
   * The id of the consent record the change made (0 when nothing was
   * recorded). The page's values are the server's once its revision (its
   * newest record's id) has reached this one.
   */
  revision: number;
}

export const onOff = (value: boolean) => (value ? "On" : "Off");

/** The status a saved choice is announced with, with and without JavaScript. */
export const savedChoiceMessage = (title: string, value: boolean) => `Saved: “${title}” is now ${onOff(value).toLowerCase()}.`;
