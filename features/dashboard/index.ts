/**
 * What other features may use of the dashboard: the customer's records as the
 * dashboard reads them (the console shows them, an access request copies them),
 * their export, the date-of-birth correction's schema, and the sections that
 * show them.
 */
export { dataExportFileName, streamDataExport } from "./build-data-export";
export { CpniHeld } from "./components/cpni-held";
export { IdentifiersHeld } from "./components/identifiers-held";
export { SensitiveInformationHeld } from "./components/sensitive-information-held";
export { StoredCommunicationsHeld } from "./components/stored-communications-held";
export { dateOfBirthCorrectionSchema } from "./date-of-birth-correction";
export { readCustomerInventory } from "./service";
export { sensitiveItemsShown } from "./shown-values";
