/**
 * A feature's "no", in words a person understands. Thrown from inside a
 * feature (often inside its transaction, so whatever it wrote is rolled back)
 * and caught only by the boundary, which turns it into the form's error state
 * with what was typed kept. Anything else thrown is a fault, not a refusal.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "Refusal";
  }
}

/** Refuses the action: nothing the feature wrote in its transaction is kept, and the form says why. */
export function refuse(message: string, fieldErrors?: Record<string, string>): never {
  throw new Refusal(message, fieldErrors);
}
