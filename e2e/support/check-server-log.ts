import fs from "node:fs";
import { demoCustomers } from "../../server/db/seed/demo-people";

export const SERVER_LOG = "data/e2e-server.log";

/**
 * Lines Next.js writes when a request ended in a 500 that the app did not
 * choose: "⨯ Error: …" / "⨯ TypeError: …" for anything thrown by a page, an
 * action or a route (or by Next.js itself, on a body it cannot read), and its
 * refusal of a cross-site Server Action. Each means a request a test made got a
 * 500, noticed or not. The app's own "… failed:" lines are not here: they come
 * with an answer the app chose (a 503, a message). Next.js's warnings ("⚠")
 * are not errors either.
 */
const UNEXPECTED_ERROR_LINES = [/^\s*⨯ /, /Aborting the action\.$/];

/** Next.js colours its output when it thinks it writes to a terminal. */
const ANSI_CODES = /\x1b\[[0-9;]*m/g;

/**
 * Runs after every end-to-end test: the server's own output must never hold a
 * demo customer's full SSN or card number (in any spacing), nor a stack trace
 * of a crash the tests did not notice.
 */
export default function checkServerLog() {
  const log = fs.readFileSync(SERVER_LOG, "utf8").replace(ANSI_CODES, "");
  const digits = log.replace(/[\s-]/g, "");
  for (const customer of demoCustomers) {
    for (const value of [customer.sensitive.ssn, customer.sensitive.card_number]) {
      if (digits.includes(value.replace(/[\s-]/g, ""))) {
        throw new Error(`The server log (${SERVER_LOG}) holds ${customer.fullName}'s full sensitive value ${value.slice(0, 3)}…`);
      }
    }
  }
  if (!log.includes("Ready")) throw new Error(`The server log (${SERVER_LOG}) does not show the server starting: is it being written?`);
  const unexpected = log.split("\n").filter((line) => UNEXPECTED_ERROR_LINES.some((pattern) => pattern.test(line)));
  if (unexpected.length > 0) {
    throw new Error(`The server log (${SERVER_LOG}) shows ${unexpected.length} error(s) behind a 500 no test expected, first:\n${unexpected.slice(0, 5).join("\n")}`);
  }
}
