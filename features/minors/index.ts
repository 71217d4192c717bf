/**
 * What other features may ask of minors' reports: whether one holds a
 * customer's data. Ask before every use beyond the service itself:
 * promotional email, sharing with Advertisers, CPNI marketing, advertising
 * cookies. `isMarketingHeld` is the older name of the same question.
 */
export { isHeldByMinorReport, isMarketingHeld } from "./service";
