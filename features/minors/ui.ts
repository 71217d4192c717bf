/**
 * The report's form parts, for the console's record of a report that came by
 * email or post (features/admin intake). Apart from index.ts, so that server
 * code asking whether a customer is held (promotions, CPNI, the request engine)
 * never loads client components.
 */
export { MinorReportChildFields } from "./components/child-fields";
export { childSummaryFields } from "./components/child-summary-fields";
