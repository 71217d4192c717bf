import type { CpniUse } from "@/features/preferences";
import type { MailingList } from "./mailing-lists";

/** The demo's sample mailing, one per list, so the unsubscribe links can be tried. */
export const samplePromotions: Record<MailingList, { subject: string; text: string; button: string }> = {
  "promotional-email": {
    button: "Send a sample promotional email",
    subject: "Sample offer: two months of call recording at no charge",
    text: [
      "Hello from Phone.com,",
      "",
      "Add call recording to any line this month and the first two months are on us.",
      "Turn it on in your Phone.com account under Call Handling.",
      "",
      "(A sample promotional email from the Privacy Center demo.)",
    ].join("\n"),
  },
  "advertiser-promotions": {
    button: "Send a sample Advertiser Promotion",
    subject: "Sample Advertiser Promotion: a small-business webinar",
    text: [
      "Hello from Phone.com,",
      "",
      "One of our Advertisers invites you to a free webinar on answering customer calls well.",
      "We have not given them your name or address: reply through this email if you would like to join.",
      "",
      "(A sample Advertiser Promotion from the Privacy Center demo.)",
    ].join("\n"),
  },
};

/**
 * The promotional sample, tailored with the customer's CPNI (the services
 * they buy) when the CPNI approval rule allows it: a communications-related
 * offer by Phone.com itself (47 CFR 64.2007(b)). The use and its record are
 * described here as 47 CFR 64.2009(c) asks.
 */
export const tailoredSample: { use: CpniUse; compose(serviceNames: readonly string[]): string } = {
  use: {
    purpose: "communications-marketing",
    campaign: "Demo sample: call recording for the lines a customer has",
    cpniUsed: "The names of the services the customer buys",
    offered: "Call recording, two months at no charge",
  },
  compose: (serviceNames) =>
    [
      "Hello from Phone.com,",
      "",
      serviceNames.length > 0
        ? `You have ${serviceNames.join(", ")} with us: add call recording to any of them this month and the first two months are on us.`
        : "Add call recording to any line this month and the first two months are on us.",
      "Turn it on in your Phone.com account under Call Handling.",
      "",
      "(A sample promotional email from the Privacy Center demo, tailored with your CPNI because your CPNI choices allow it.)",
    ].join("\n"),
};
