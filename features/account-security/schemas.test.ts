import { describe, expect, it } from "vitest";
import { changePasswordSchema, confirmEmailChangeSchema, emailAddressSchema, resetPasswordSchema, signInSchema } from "./schemas";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("account security schemas", () => {
  it("normalizes email addresses and explains a bad one", () => {
    expect(emailAddressSchema.parse("  Alex.Rivera@Example.COM ")).toBe("alex.rivera@example.com");
    expect(messagesOf(emailAddressSchema.safeParse(""))).toEqual(["Enter your email address."]);
    expect(messagesOf(emailAddressSchema.safeParse("alex"))).toEqual(["Enter an email address like name@example.com."]);
  });

  it("refuses fields the form never had", () => {
    const result = signInSchema.safeParse({ email: "a@example.com", password: "x", role: "admin" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("asks for a new password of at least 12 characters, typed twice alike", () => {
    const short = resetPasswordSchema.safeParse({ token: "t".repeat(43), newPassword: "short", confirmPassword: "short" });
    expect(messagesOf(short)).toContain("Use at least 12 characters for your new password.");
    const mismatch = resetPasswordSchema.safeParse({ token: "t".repeat(43), newPassword: "long enough passphrase", confirmPassword: "another passphrase" });
    expect(messagesOf(mismatch)).toEqual(["The two new passwords do not match."]);
    const same = changePasswordSchema.safeParse({ currentPassword: "long enough passphrase", newPassword: "long enough passphrase", confirmPassword: "long enough passphrase" });
    expect(messagesOf(same)).toEqual(["Choose a password different from your current one."]);
  });

  it("confirms an email change with the link's token alone", () => {
    expect(confirmEmailChangeSchema.safeParse({ token: "t".repeat(43) }).success).toBe(true);
    expect(messagesOf(confirmEmailChangeSchema.safeParse({ token: "short" }))).toEqual(["This link is incomplete."]);
    expect(confirmEmailChangeSchema.safeParse({ token: "t".repeat(43), newEmail: "someone@example.com" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
