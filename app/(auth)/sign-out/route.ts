import { signOutRoute } from "@/features/account-security/sign-out-route";

// The header's Sign out button posts here: a plain form, so it works without JavaScript.
export const POST = signOutRoute;
