import type { CommunicationKind, CustomerDetails, SensitiveKind } from "@/lib/domain";

/**
 * What the company holds about one customer, as the dashboard and the data
 * download show it: plain objects, sensitive values already masked. Nothing in
 * here may ever hold a plaintext Sensitive Personal Information value.
 */
export interface CustomerInventory {
  personal: PersonalInformation;
  sensitive: MaskedSensitiveItem[];
  cpni: CpniSummary;
  storedCommunications: StoredCommunicationSummary[];
  cookies: CookieRecord[];
  devices: DeviceRecord[];
}

export interface PersonalInformation extends CustomerDetails {
  email: string;
  updatedAt: string;
}

export interface MaskedSensitiveItem {
  kind: SensitiveKind;
  label: string;
  masked: string;
  /** What a screen reader says instead of the bullets, e.g. "ending in 3456". */
  spoken: string;
  addedAt: string;
}

export interface CpniSummary {
  services: { serviceName: string; plan: string; startedOn: string; monthlyPriceCents: number }[];
  billingPeriods: { period: string; amountCents: number; minutesUsed: number; messagesSent: number }[];
  callRecordCount: number;
  /** The most recent calls; the other party's number shows its last four digits only. */
  recentCalls: { startedAt: string; direction: "inbound" | "outbound"; otherParty: string; durationSeconds: number }[];
}

export interface StoredCommunicationSummary {
  kind: CommunicationKind;
  label: string;
  count: number;
  totalBytes: number;
  oldest: string | null;
  newest: string | null;
}

export interface CookieRecord {
  name: string;
  purpose: string;
  valueHint: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface DeviceRecord {
  name: string;
  valueHint: string;
  firstSeenAt: string;
  lastSeenAt: string;
}
