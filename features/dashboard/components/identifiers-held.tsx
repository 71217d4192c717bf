import type { CookieRecord, DeviceRecord } from "@/lib/inventory-types";
import { formatShortDay } from "../format-inventory-values";
import { HeldTable } from "./held-table";

const purposeLabels: Record<string, string> = {
  preference: "Preference",
  advertising: "Advertising",
  security: "Security",
};

export function IdentifiersHeld({ cookies, devices }: { cookies: CookieRecord[]; devices: DeviceRecord[] }) {
  return (
    <>
      {cookies.length === 0 ? (
        <p>No cookies of ours are linked to your account.</p>
      ) : (
        <HeldTable
          caption="Cookies linked to your account"
          columns={["Cookie", "Kind", "Value", "First seen", "Last seen"]}
          rows={cookies.map((cookie) => [
            cookie.name,
            purposeLabels[cookie.purpose] ?? cookie.purpose,
            cookie.valueHint,
            formatShortDay(cookie.firstSeenAt),
            formatShortDay(cookie.lastSeenAt),
          ])}
          columnStyles={["code", "text", "mono"]}
        />
      )}
      {devices.length === 0 ? (
        <p className="mt-3">No devices or apps are registered to your account.</p>
      ) : (
        <HeldTable
          caption="Devices and apps registered to your account"
          columns={["Device or app", "Identifier", "Registered", "Last seen"]}
          rows={devices.map((device) => [
            device.name,
            device.valueHint,
            formatShortDay(device.firstSeenAt),
            formatShortDay(device.lastSeenAt),
          ])}
          columnStyles={["text", "mono"]}
        />
      )}
    </>
  );
}
