/** A US postal address's parts, as every form that asks for one checks them. */

/** US states, the District of Columbia, territories and military post codes. */
export const US_STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
  "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
  "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP",
] as const;

/** ZIP or ZIP+4, with or without the hyphen; shared by the input's `pattern` and the schema. */
export const POSTAL_CODE_PATTERN = "[0-9]{5}(-?[0-9]{4})?";
