import { expect } from "@playwright/test";

/**
 * For answers that wait on password hashing (scrypt, 64 MiB each, up to three
 * per request): seconds on a busy two-core machine, so the default 5 s is too tight.
 */
export const expectSoon = expect.configure({ timeout: 20_000 });
