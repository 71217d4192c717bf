import { handleSignOut } from "@/server/auth/sign-out-route";

// The header's Sign out button posts here: a plain form, so it works without JavaScript.
export const POST = handleSignOut;
