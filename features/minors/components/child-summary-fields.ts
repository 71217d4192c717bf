import type { SummaryField } from "@/components/ui/error-summary";

/**
 * The error summary's entries for MinorReportChildFields, in their order: a
 * group's problem links to its first field. A plain module, so a server
 * component can work them out for a client form.
 */
export const childSummaryFields = (id: (name: string) => string): SummaryField[] => [
  { name: "childAge", targetId: id("childAge") },
  { name: "childIdentifiers", targetId: id("childEmail") },
  { name: "childEmail", targetId: id("childEmail") },
  { name: "childPhone", targetId: id("childPhone") },
  { name: "childAccountNumber", targetId: id("childAccountNumber") },
  { name: "disclosed", targetId: id("disclosed") },
  { name: "anythingElse", targetId: id("anythingElse") },
];
