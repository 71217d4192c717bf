import fs from "node:fs";
import { demoCustomers } from "../../server/db/seed/demo-people";

export const SERVER_LOG = "data/e2e-server.log";

/**
 * Runs after every end-to-end test: the server's own output must never hold a
 * demo customer's full SSN or card number (in any spacing), nor a stack trace
 * of a crash the tests did not notice.
 */
export default function checkServerLog() {
  const log = fs.readFileSync(SERVER_LOG, "utf8");
  const digits = log.replace(/[\s-]/g, "");
  for (const customer of demoCustomers) {
    for (const value of [customer.sensitive.ssn, customer.sensitive.card_number]) {
      if (digits.includes(value.replace(/[\s-]/g, ""))) {
        throw new Error(`The server log (${SERVER_LOG}) holds ${customer.fullName}'s full sensitive value ${value.slice(0, 3)}…`);
      }
    }
  }
  if (!log.includes("Ready")) throw new Error(`The server log (${SERVER_LOG}) does not show the server starting: is it being written?`);
}
