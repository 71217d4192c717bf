/** What other features may use of the customer's choices: read them, and record a change (under the customer's lock). */
export { listCurrentChoices, lockCustomerConsent, recordConsent } from "./repository";
