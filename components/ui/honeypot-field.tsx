import { HONEYPOT_FIELD } from "@/lib/forms/form-state";

/**
 * A field people never meet and bots fill in. It is off-screen rather than
 * display:none (which some bots skip), out of the tab order, and hidden from
 * assistive technology too (aria-hidden), so a screen reader never reads it
 * out as part of the form. Its label is for the bots that look for one.
 */
export function HoneypotField({ idPrefix }: { idPrefix: string }) {
  const id = `${idPrefix}-${HONEYPOT_FIELD}`;
  return (
    <div className="sr-only" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
