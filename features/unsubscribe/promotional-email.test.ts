import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { buildUnsubscribeHeaders, withPromotionalFooter } from "./promotional-email";

const token = "AbCdEfGhIjKlMnOpQrStUv.promotional-email.0123456789abcdefghijABCDEFGHIJ0123456789abc";
const siteUrl = "https://privacy.phone.com";

/** The header fields of a built message, unfolded (RFC 5322 section 2.2.3), by lower-case name. */
function headerFields(raw: string): Map<string, string[]> {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n(?=[ \t])/g, "");
  const fields = new Map<string, string[]>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return fields;
}

describe("a promotional email's unsubscribe headers and footer", () => {
  it("carry one HTTPS one-click URL and the one-click marker, exactly as RFC 8058 asks", () => {
    expect(buildUnsubscribeHeaders(token, { siteUrl })).toEqual({
      "List-Unsubscribe": `<https://privacy.phone.com/api/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("add a mailto: after the HTTPS URL when an unsubscribe inbox is configured", () => {
    expect(buildUnsubscribeHeaders(token, { siteUrl, mailto: "unsubscribe@phone.com" })["List-Unsubscribe"]).toBe(
      `<https://privacy.phone.com/api/unsubscribe/${token}>, <mailto:unsubscribe@phone.com?subject=unsubscribe%20${token}>`,
    );
  });

  it("survive the mail transport unchanged: each header once, the URL whole", async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const headers = buildUnsubscribeHeaders(token, { siteUrl, mailto: "unsubscribe@phone.com" });
    const info = (await transport.sendMail({ from: "a@phone.com", to: "b@example.com", subject: "Offer", text: "Hi", headers })) as { message: Buffer };
    const fields = headerFields(info.message.toString("utf8"));
    expect(fields.get("list-unsubscribe")).toEqual([headers["List-Unsubscribe"]]);
    expect(fields.get("list-unsubscribe-post")).toEqual(["List-Unsubscribe=One-Click"]);
  });

  it("end the text with the advertisement notice, a visible unsubscribe link, the dashboard and the postal address (CAN-SPAM)", () => {
    const text = withPromotionalFooter("Hello.\n\n", "advertiser-promotions", token, { siteUrl });
    expect(text.startsWith("Hello.\n\n—\nThis is an advertisement from Phone.com.")).toBe(true);
    expect(text).toContain("“Advertiser Promotions sent by Phone.com” is on in your privacy choices");
    expect(text).toContain(`Unsubscribe (one click, no sign-in):\nhttps://privacy.phone.com/unsubscribe/${token}\n`);
    expect(text).toContain("All your choices:\nhttps://privacy.phone.com/account/choices");
    expect(text.endsWith("Phone.com, 184 South Livingston Avenue, Suite 9-222, Livingston, NJ 07039")).toBe(true);
  });
});
