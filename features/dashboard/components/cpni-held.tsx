import type { CpniSummary } from "@/lib/inventory-types";
import { formatCents, formatCount, formatDuration, formatMonth, formatShortDay, formatTimestamp } from "../format-inventory-values";
import { HeldTable } from "./held-table";

export function CpniHeld({ cpni }: { cpni: CpniSummary }) {
  return (
    <>
      {cpni.services.length === 0 ? (
        <p>You buy no services from us at present.</p>
      ) : (
        <HeldTable
          caption="Services you buy"
          columns={["Service", "Plan", "Since", "Monthly price"]}
          rows={cpni.services.map((service) => [service.serviceName, service.plan, formatShortDay(service.startedOn), formatCents(service.monthlyPriceCents)])}
        />
      )}
      {cpni.billingPeriods.length > 0 ? (
        <HeldTable
          caption={`Billing and usage, last ${cpni.billingPeriods.length} months`}
          columns={["Month", "Amount billed", "Minutes used", "Messages sent"]}
          rows={cpni.billingPeriods.map((period) => [
            formatMonth(period.period),
            formatCents(period.amountCents),
            formatCount(period.minutesUsed),
            formatCount(period.messagesSent),
          ])}
        />
      ) : null}
      <p className="mt-4">
        <strong>{formatCount(cpni.callRecordCount)}</strong>
        {` call ${cpni.callRecordCount === 1 ? "record" : "records"} in total.${
          cpni.recentCalls.length > 0 ? " The other party’s number shows only its last four digits: it is someone else’s information." : ""
        }`}
      </p>
      {cpni.recentCalls.length > 0 ? (
        <HeldTable
          caption={`Your ${cpni.recentCalls.length} most recent calls`}
          columns={["Date and time", "Direction", "Other party", "Duration"]}
          rows={cpni.recentCalls.map((call) => [
            formatTimestamp(call.startedAt),
            call.direction === "inbound" ? "Incoming" : "Outgoing",
            call.otherParty,
            formatDuration(call.durationSeconds),
          ])}
          columnStyles={["text", "text", "mono"]}
        />
      ) : null}
    </>
  );
}
