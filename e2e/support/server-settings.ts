/**
 * Settings of the e2e server that tests depend on. Every browser of the suite
 * connects from 127.0.0.1, one client as far as the server can tell, so the
 * public forms take 30 requests an hour from it instead of 5;
 * e2e/public-form-limits.spec.ts uses that allowance up from another address.
 */
export const E2E_PUBLIC_FORM_SUBMISSIONS_PER_HOUR = 30;

/** The company's time zone, which the server's clocks count in (COMPANY_TIME_ZONE's default, decision 0015). */
export const E2E_COMPANY_TIME_ZONE = "America/New_York";
