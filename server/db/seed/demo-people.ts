/**
 * The demo's people. README lists how to sign in as them; tests use them too.
 * The sensitive values are fictitious (SSNs in the 9xx range are never issued,
 * the card number is a well-known test number) and must never appear in full
 * in any response or log: tests check that.
 */
export const demoCustomers = [
  {
    id: "demo-customer-alex",
    email: "alex.rivera@example.com",
    password: "privacy-demo-alex",
    fullName: "Alex Rivera",
    streetAddress: "42 Harbor View Road",
    city: "Livingston",
    state: "NJ",
    postalCode: "07039",
    phone: "+1 973 555 0142",
    dateOfBirth: "1984-06-12",
    sensitive: {
      ssn: "900-12-3456",
      card_number: "4111 1111 1111 1111",
      account_number: "PC-77310452",
      drivers_license: "NJ-D4821-77310-44217",
    },
  },
  {
    id: "demo-customer-jordan",
    email: "jordan.lee@example.com",
    password: "privacy-demo-jordan",
    fullName: "Jordan Lee",
    streetAddress: "1800 Mission Street, Apt 5",
    city: "San Francisco",
    state: "CA",
    postalCode: "94103",
    phone: "+1 415 555 0187",
    dateOfBirth: "1991-02-03",
    sensitive: {
      ssn: "900-98-7654",
      card_number: "5555 5555 5555 4444",
      account_number: "PC-99120871",
      passport_number: "X12345678",
    },
  },
] as const;

export const demoAdministrator = {
  id: "demo-admin",
  email: "privacy.admin@example.com",
  password: "privacy-demo-admin",
} as const;
