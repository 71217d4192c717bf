import { config } from "zod/v4/core";

/**
 * Runs in the browser before the app's own code (Next.js's instrumentation-client).
 *
 * Zod compiles object parsers with `new Function` when it may, and finds out
 * whether it may by trying once. Under the pages' Content-Security-Policy
 * (no 'unsafe-eval', decision 0019) that try fails as it should, but the
 * browser still reports it as a violation; `jitless` makes Zod not try, so
 * the forms' validation runs the plain way and nothing is reported.
 */
config({ jitless: true });
