import { z } from "zod";
import { emailAddressSchema, enteredPasswordSchema, signInCredentialsSchema } from "@/lib/auth/sign-in-credentials";

export { emailAddressSchema };

/**
 * Every input of sign-in, password reset and the security page. The forms
 * show these messages; the server actions are the authority. Objects are
 * strict: a field the form never had is refused, never ignored.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const newPasswordSchema = z
  .string({ error: "Choose a new password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your new password.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters for your new password.`);

const confirmationMatches = (data: { newPassword: string; confirmPassword: string }) => data.newPassword === data.confirmPassword;
const confirmationMismatch = { path: ["confirmPassword"], message: "The two new passwords do not match." };

/** The sign-in form: the credentials the Credentials provider takes, and where to go next. */
export const signInSchema = signInCredentialsSchema.extend({
  /** Where to go after signing in; checked again by safeNextPath. */
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const forgotPasswordSchema = z.strictObject({ email: emailAddressSchema });

export const resetPasswordSchema = z
  .strictObject({
    token: z.string({ error: "This reset link is incomplete." }).min(20, "This reset link is incomplete.").max(200, "This reset link is not valid."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine(confirmationMatches, confirmationMismatch);

export const changePasswordSchema = z
  .strictObject({
    currentPassword: enteredPasswordSchema("Enter your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine(confirmationMatches, confirmationMismatch)
  .refine((data) => data.newPassword !== data.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one." });

export const changeEmailSchema = z.strictObject({
  newEmail: emailAddressSchema,
  currentPassword: enteredPasswordSchema("Enter your current password."),
});

/** The confirmation page's button: the token from the emailed link, nothing else. */
export const confirmEmailChangeSchema = z.strictObject({
  token: z.string({ error: "This link is incomplete." }).min(20, "This link is incomplete.").max(200, "This link is not valid."),
});
