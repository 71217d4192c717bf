import { randomUUID } from "node:crypto";
import { type Browser, expect, test } from "@playwright/test";
import { demoAdministrator } from "../server/db/seed/demo-people";
import { hiddenFieldsOf } from "../e2e/support/from-address";
import { instanceNamed, instanceThatServed, isRunning, proxyClient, queryDatabase, readCluster, writeCluster } from "./support/cluster";
import { serveOnly } from "./support/proxy";
import { startInstance, waitForInstance } from "./support/start-cluster";

const REFERENCE = /PR-[2-9A-Z]{4}-[2-9A-Z]{4}/;

test.afterEach(async () => {
  await serveOnly(null);
});

/** A parent reports a child through the proxy, without JavaScript; returns the reference shown. */
async function reportAChild(browser: Browser): Promise<{ reference: string; servedBy: "a" | "b" | undefined }> {
  const parent = await browser.newContext({ javaScriptEnabled: false });
  const form = await parent.newPage();
  await form.goto("/report-a-minor");
  const main = form.getByRole("main");
  await main.getByLabel("Your name").fill(`Cluster Parent ${randomUUID().slice(0, 6)}`);
  await main.getByRole("radio", { name: "Parent" }).check();
  await main.getByLabel("Email address", { exact: true }).fill(`cluster-parent-${randomUUID().slice(0, 8)}@example.com`);
  await main.getByLabel("The child's age").fill("12");
  await main.getByLabel("Email address the child used").fill(`cluster-child-${randomUUID().slice(0, 8)}@example.com`);
  await main.getByLabel("What information about the child was disclosed?").fill("An email address and a school.");
  const posted = form.waitForResponse((response) => response.request().method() === "POST");
  await main.getByRole("button", { name: "Send report" }).click();
  const servedBy = await instanceThatServed((await posted).headers()["x-request-id"]);
  const reference = (await main.getByRole("status").textContent())?.match(REFERENCE)?.[0];
  expect(reference, "a reference on the confirmation").toBeTruthy();
  await parent.close();
  return { reference: reference!, servedBy };
}

async function expectInQueue(browser: Browser, reference: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in?next=%2Fadmin");
  await page.getByLabel(/^Email/).fill(demoAdministrator.email);
  await page.getByLabel(/^Password/).fill(demoAdministrator.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  await page.getByLabel("Type").selectOption({ label: "Minor’s data report" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("table")).toContainText(reference);
  await context.close();
}

test("a minor's report made through the proxy is in the queue whichever instance serves either", async ({ browser }) => {
  for (const [reportOn, queueOn] of [["a", "b"], ["b", "a"]] as const) {
    await serveOnly(reportOn);
    const { reference, servedBy } = await reportAChild(browser);
    expect(servedBy).toBe(reportOn);
    await serveOnly(queueOn);
    await expectInQueue(browser, reference);
  }
});

test("an instance killed in the middle of a burst of form posts loses no submission it acknowledged", async () => {
  const client = proxyClient();
  const form = hiddenFieldsOf((await client.request("/california-privacy-rights")).body);
  const send = (n: number) =>
    client
      .postMultipart(
        "/california-privacy-rights",
        { ...form, idempotencyKey: randomUUID(), fullName: `Burst Tester ${n}`, answerChannel: "postal", email: "", streetAddress: `${n} Test Street`, city: "Fresno", state: "CA", postalCode: "93650" },
        { origin: readCluster().base },
      )
      .catch((error: Error) => ({ status: 0, body: error.message, requestId: undefined, headers: {} }));

  const victim = instanceNamed("a");
  const answers: Promise<Awaited<ReturnType<typeof send>>>[] = [];
  for (let n = 1; n <= 40; n++) {
    answers.push(send(n));
    if (n === 15) process.kill(victim.pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const settled = await Promise.all(answers);
  const acknowledged = settled.map((answer) => (answer.status === 200 ? REFERENCE.exec(answer.body)?.[0] : undefined)).filter((reference): reference is string => Boolean(reference));
  expect(acknowledged.length, "most of the burst was answered, by the instance left").toBeGreaterThan(20);
  expect(isRunning(victim.pid)).toBe(false);

  const stored = await queryDatabase<{ reference: string }>("select reference from privacy_requests where reference = any($1)", [acknowledged]);
  expect(stored.map((row) => row.reference).sort()).toEqual([...acknowledged].sort());

  // Bring A back for what follows.
  const cluster = readCluster();
  const restarted = startInstance("a", victim.port, cluster.instanceEnv);
  writeCluster({ ...cluster, instances: cluster.instances.map((instance) => (instance.name === "a" ? restarted : instance)) });
  await waitForInstance(restarted);
});
