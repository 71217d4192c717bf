import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import { maskPhoneNumber, selectClearTail } from "@/lib/sensitive-masking";
import type {
  CallRecordsTable,
  CommunicationKind,
  CpniBillingPeriodsTable,
  CpniServicesTable,
  DeviceIdentifiersTable,
  SensitiveItemsTable,
  SensitiveKind,
  StoredCommunicationsTable,
} from "../schema";
import type { DemoCustomer } from "./demo-people";

export interface DemoRecords {
  sensitiveItems: Insertable<SensitiveItemsTable>[];
  cpniServices: Insertable<CpniServicesTable>[];
  billingPeriods: Insertable<CpniBillingPeriodsTable>[];
  callRecords: Insertable<CallRecordsTable>[];
  storedCommunications: Insertable<StoredCommunicationsTable>[];
  deviceIdentifiers: Insertable<DeviceIdentifiersTable>[];
}

type Seal = (plaintext: string) => { keyId: string; ciphertext: string };

const DAY = 24 * 60 * 60 * 1000;

/**
 * A demo customer's records, dated relative to `now` so the demo always looks
 * recent. A seeded generator keeps them the same from one run to the next.
 */
export function buildDemoRecords(customer: DemoCustomer, now: Date, seal: Seal): DemoRecords {
  const random = seededRandom(customer.id);
  const between = (low: number, high: number) => Math.floor(low + random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[between(0, items.length - 1)]!;
  const daysAgo = (low: number, high: number) => new Date(now.getTime() - between(low * DAY, high * DAY));
  const timestamp = now.toISOString();
  const owned = { customerId: customer.id };

  const sensitiveItems = (Object.entries(customer.sensitive) as [SensitiveKind, string][]).map(([kind, value]) => ({
    ...owned,
    id: randomUUID(),
    kind,
    ...seal(value),
    lastFour: selectClearTail(kind, value),
    createdAt: timestamp,
  }));

  const cpniServices = customer.services.map((service) => ({
    ...owned,
    id: randomUUID(),
    serviceName: service.serviceName,
    plan: service.plan,
    startedOn: monthsBefore(now, service.startedMonthsAgo) + "-01",
    monthlyPriceCents: service.monthlyPriceCents,
  }));

  // The six complete months before now; taxes and regulatory fees add about 14%.
  const billingPeriods = [1, 2, 3, 4, 5, 6].map((monthsAgo) => {
    const active = customer.services.filter((service) => service.startedMonthsAgo >= monthsAgo);
    const base = active.reduce((sum, service) => sum + service.monthlyPriceCents, 0);
    return {
      ...owned,
      id: randomUUID(),
      period: monthsBefore(now, monthsAgo),
      amountCents: Math.round(base * 1.14) + between(0, 2400),
      minutesUsed: between(180, 1400),
      messagesSent: between(20, 260),
    };
  });

  const callRecords = Array.from({ length: customer.callCount }, () => {
    const started = daysAgo(0, 60);
    // Business hours on the US east or west coast: 13:00–23:59 UTC.
    started.setUTCHours(between(13, 23), between(0, 59), between(0, 59), 0);
    const fullNumber = `+1 ${pick(customer.callingAreaCodes)} 555 01${String(between(0, 99)).padStart(2, "0")}`;
    return {
      ...owned,
      id: randomUUID(),
      startedAt: (started > now ? new Date(started.getTime() - DAY) : started).toISOString(),
      direction: random() < 0.55 ? ("outbound" as const) : ("inbound" as const),
      // The center keeps only the last four digits: the other party is a third person (see seed-demo-data.ts).
      otherParty: maskPhoneNumber(fullNumber),
      durationSeconds: Math.round(15 + random() ** 2 * 1500),
    };
  });

  const sizes: Record<CommunicationKind, [number, number, number]> = {
    // [low bytes, high bytes, oldest in days]
    voicemail: [40_000, 600_000, 180],
    call_recording: [500_000, 12_000_000, 90],
    sms: [140, 600, 180],
    mms: [60_000, 2_500_000, 180],
    fax: [30_000, 2_400_000, 180],
  };
  const storedCommunications = (Object.entries(customer.communications) as [CommunicationKind, number][]).flatMap(([kind, count]) =>
    Array.from({ length: count }, () => ({
      ...owned,
      id: randomUUID(),
      kind,
      storedAt: daysAgo(0, sizes[kind][2]).toISOString(),
      sizeBytes: between(sizes[kind][0], sizes[kind][1]),
    })),
  );

  const hex = (length: number) => Array.from({ length }, () => between(0, 15).toString(16)).join("");
  const seen = (firstDaysAgo: number) => ({ firstSeenAt: daysAgo(firstDaysAgo - 5, firstDaysAgo).toISOString(), lastSeenAt: daysAgo(0, 3).toISOString() });
  const cookies = [
    { name: "pc_prefs", purpose: "preference" as const, firstDaysAgo: 400 },
    { name: "pc_ad_id", purpose: "advertising" as const, firstDaysAgo: 200 },
    { name: "pc_login_guard", purpose: "security" as const, firstDaysAgo: 30 },
  ].map((cookie) => ({ ...owned, id: randomUUID(), kind: "cookie" as const, name: cookie.name, purpose: cookie.purpose, valueHint: `••••••••${hex(4)}`, ...seen(cookie.firstDaysAgo) }));
  const devices = [
    ...customer.deskPhones.map((phone) => ({ name: phone.model, valueHint: `MAC ••:••:••:••:${phone.mac.slice(-5)}` })),
    ...customer.appInstalls.map((app) => ({ name: app.platform, valueHint: `Install ID ••••${app.installId.slice(-4)}` })),
  ].map((device) => ({ ...owned, id: randomUUID(), kind: "device" as const, purpose: "device" as const, ...device, ...seen(between(60, 500)) }));

  return { sensitiveItems, cpniServices, billingPeriods, callRecords, storedCommunications, deviceIdentifiers: [...cookies, ...devices] };
}

/** "YYYY-MM" of the month `count` months before `now`'s month. */
function monthsBefore(now: Date, count: number): string {
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count, 1));
  return month.toISOString().slice(0, 7);
}

/** mulberry32, seeded from the text: the same customer always gets the same records. */
function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 2654435761) >>> 0, 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
