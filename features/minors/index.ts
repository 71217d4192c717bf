/** What other features may ask of minors' reports: whether one holds a customer's marketing. */
export { isMarketingHeld } from "./service";
