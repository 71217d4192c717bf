// Signing in as a demo person through the sign-in page, as a person would (Debian's Chromium through
// Playwright), and handing back the session as a Cookie header for autocannon and Lighthouse.
import { chromium } from '@playwright/test';

// The demo sign-ins of README.md ("Demo sign-ins"), seeded by server/db/seed/demo-people.ts.
export const demoAlex = { email: 'alex.rivera@example.com', password: 'privacy-demo-alex', landing: '/account' };
export const demoAdministrator = { email: 'privacy.admin@example.com', password: 'privacy-demo-admin', landing: '/admin' };

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Signs each of `people` in on `base` (each in a context of its own); returns their Cookie headers, in order. */
export async function sessionCookies(base, people) {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const cookies = [];
    for (const person of people) {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await page.goto(`/sign-in?next=${encodeURIComponent(person.landing)}`);
      await page.getByLabel(/^Email/).fill(person.email);
      await page.getByLabel(/^Password/).fill(person.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => url.pathname === person.landing, { timeout: 30_000 });
      cookies.push((await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; '));
      await context.close();
    }
    return cookies;
  } finally {
    await browser.close();
  }
}
