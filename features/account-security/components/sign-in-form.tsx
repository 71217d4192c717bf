"use client";

import Link from "next/link";
import { useActionState } from "react";
import { answeredField, idleFormState } from "@/lib/forms/form-state";
import { signInAction } from "../actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/form-fields";

/** Email and password, posted to a server action: works with and without JavaScript. */
export function SignInForm({ next }: { next: string | null }) {
  const [state, formAction] = useActionState(signInAction, idleFormState);
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md space-y-4">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="sign-in-email"
        {...answeredField(state, "email")}
        label="Email address"
        input={{ type: "email", autoComplete: "username" }}
      />
      <TextField id="sign-in-password" {...answeredField(state, "password")} label="Password" input={{ type: "password", autoComplete: "current-password" }} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label="Sign in" pendingLabel="Signing in…" />
        <Link className="underline" href="/forgot-password">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
