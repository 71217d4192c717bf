import { z } from "zod";

/**
 * What signing in takes: an email address and a password. Shared by the
 * sign-in form's schema (features/account-security) and the Credentials
 * provider (server/auth/auth.ts), which also answers a direct POST to
 * /api/auth. Objects are strict: a field the form never had is refused.
 */

export const emailAddressSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

/** A password as typed to prove who you are: any length (older ones may be shorter than today's rule), but not an enormous one. */
export const enteredPasswordSchema = (missing: string) => z.string({ error: missing }).min(1, missing).max(1024, "That password is too long.");

/** What the Credentials provider accepts, from the form or from a direct POST to /api/auth. */
export const signInCredentialsSchema = z.strictObject({
  email: emailAddressSchema,
  password: enteredPasswordSchema("Enter your password."),
});
