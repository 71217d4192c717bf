import { PASSWORD_MIN_LENGTH } from "../schemas";
import { TextField } from "@/components/ui/form-fields";

/** A new password, typed twice; used by the reset page and the security page. */
export function NewPasswordFields({ idPrefix, fieldErrors }: { idPrefix: string; fieldErrors?: Record<string, string> }) {
  return (
    <>
      <TextField
        id={`${idPrefix}-new-password`}
        name="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        error={fieldErrors?.newPassword}
        input={{ type: "password", autoComplete: "new-password" }}
      />
      <TextField
        id={`${idPrefix}-confirm-password`}
        name="confirmPassword"
        label="New password again"
        error={fieldErrors?.confirmPassword}
        input={{ type: "password", autoComplete: "new-password" }}
      />
    </>
  );
}
