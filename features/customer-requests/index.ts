/** What other features may use of the signed-in customer's requests: submitting one (the demo seed makes some). */
export { submitCustomerRequest } from "./service";
