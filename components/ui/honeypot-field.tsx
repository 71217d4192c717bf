import { HONEYPOT_FIELD } from "@/lib/forms/form-state";

/**
 * A field people never see and bots fill in. It is off-screen rather than
 * display:none (which some bots skip), out of the tab order, and labelled for
 * the screen reader users who may still reach it.
 */
export function HoneypotField({ idPrefix }: { idPrefix: string }) {
  const id = `${idPrefix}-${HONEYPOT_FIELD}`;
  return (
    <div className="sr-only">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
