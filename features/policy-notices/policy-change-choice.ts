import { requiredNotices } from "@/content/choices";

/**
 * The notice of a material policy change is required: every customer gets it,
 * and there is no choice to turn it off (content/choices.ts, requiredNotices).
 * A customer who turned the former choice "Email when our privacy policy
 * changes" off gets it too; their old record stays in their history.
 */
export const policyChangeNotice = requiredNotices.find((notice) => notice.key === "policy-change-notice")!;
