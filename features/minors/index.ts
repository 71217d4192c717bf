/**
 * What other features may ask of minors' reports: whether one holds a
 * customer's data. Ask before every use beyond the service itself:
 * promotional email, sharing with Advertisers, CPNI marketing, advertising
 * cookies. `isMarketingHeld` is the older name of the same question.
 *
 * And how a report is received, for the console's record of a report that
 * came by email or post (features/admin intake): its fields and rules, and the
 * plan (the same matching of the child's identifiers, and the hold from
 * receipt) that the request engine submits. Its form parts are in ui.ts.
 */
export { isHeldByMinorReport, isMarketingHeld, type OpenSensitive, planMinorReport } from "./service";
export { childIdentifierProblem, hasChildIdentifier, type MinorReport, minorReportFields, RELATIONS, relationLabels } from "./schemas";
