import type { ReactNode } from "react";

/** The elements a card can be: a box in the flow, a list item, a labelled section or navigation, a form. */
type CardElement = "div" | "li" | "section" | "nav" | "article" | "form" | "aside";

interface CardProps {
  as?: CardElement;
  /** Spacing and width around the card (its border and padding are the card's own, `.card` in app/globals.css). */
  className?: string;
  children: ReactNode;
  /** For a section, nav or aside: the id of its heading. */
  "aria-labelledby"?: string;
  id?: string;
}

/** A bordered box of related content: a record, a filter form, a table of contents, a message. */
export function Card({ as: Element = "div", className = "", children, ...rest }: CardProps) {
  return (
    <Element {...rest} className={`card ${className}`.trim()}>
      {children}
    </Element>
  );
}

/** The card's look, for an element with behaviour of its own (a form with an action): the same box as <Card>. */
export const cardClass = "card";
