import type { Metadata } from "next";
import { connection } from "next/server";
import { ForgotPasswordPage } from "@/features/account-security/components/forgot-password-page";

export const metadata: Metadata = { title: "Forgot your password?" };

// Rendered for each request: its scripts carry that request's nonce (decision 0019).
export default async function ForgotPasswordRoute() {
  await connection();
  return <ForgotPasswordPage />;
}
