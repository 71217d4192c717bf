/**
 * What other features may use of the customer's choices: read them, and record a change (under the customer's lock);
 * and the one question every use of CPNI asks (mayUseCpni, or authorizeCpniUse that also records the use), with the CPNI notices' job.
 */
export { listCurrentChoices, lockCustomerConsent, recordConsent } from "./repository";
export { mayUseCpni, sendDueCpniNotices, authorizeCpniUse, type CpniUse } from "./cpni";
export type { CpniDecision, CpniPurpose } from "./cpni-approval";
export { recordCpniNoticePosted, recordCpniNoticeReturned, recordCpniOptOutByReply, readCpniRecordForStaff, type CpniRecordForStaff, type StaffRecordOutcome } from "./cpni-staff-records";
export type { CpniNoticeRecord } from "./cpni";
/** This browser's advertising cookie for the account signed in on it (at sign-in, after a save). */
export { syncAdvertisingCookie } from "./sync-advertising-cookie";
export { cookiesExpiredAtSignOut } from "./advertising-cookie";
/** The console's list of customers whose CPNI notice must go by post (47 CFR 64.2008(d)(3)(i), (iii)). */
export { isCustomer, readCpniPostingListForStaff, type CustomerToPost } from "./cpni-posting-list";
