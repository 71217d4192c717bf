import "server-only";
import { addressThrottleFor } from "@/server/auth/attempt-throttles";
import { env } from "@/server/env";

/** Requests accepted from one client address per hour, per form (PUBLIC_FORM_SUBMISSIONS_PER_HOUR, 5 unless set). */
export const publicRequestsPerHour = () => env.PUBLIC_FORM_SUBMISSIONS_PER_HOUR;

/** The per-address limit of a public form, counted in the database like sign-in's (server/auth/attempt-throttle.ts). */
export const publicRequestThrottle = (formName: string) =>
  addressThrottleFor({ name: `public-${formName}`, perAddress: publicRequestsPerHour(), windowSeconds: 60 * 60 });
