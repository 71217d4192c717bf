import "server-only";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_COMPANY_TIME_ZONE, isTimeZone } from "../lib/dates";

/**
 * The one place the environment is read. A bad value stops the start with a
 * message that names the variable.
 *
 * PRIVACY_CENTER_MODE decides how strict the center is: "production" (the
 * default, so a forgotten variable never weakens a real deployment) demands
 * real secrets; "demo" (what `npm start` sets) fills them with well-known demo
 * values, seeds demo customers and opens the /dev/mailbox. On a production
 * build (NODE_ENV=production, what server.mjs runs) demo mode also needs
 * PRIVACY_CENTER_DEMO_ACKNOWLEDGED (findDemoModeProblem), and every page then
 * says it is a demo (docs/decisions/0021-…).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PRIVACY_CENTER_MODE: z.enum(["demo", "production"], { message: 'must be "demo" or "production"' }).default("production"),
  /** The second, explicit word a production build needs to run in demo mode; `npm start` gives it. */
  PRIVACY_CENTER_DEMO_ACKNOWLEDGED: z.string().optional(),
  SITE_URL: z.url({ message: "must be an absolute URL such as https://privacy.example.com" }).default("http://localhost:3000"),
  POLICY_CONTENT_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with "file:" (SQLite) or "postgres://" (PostgreSQL)')
    .default("file:./data/privacy.db"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  /**
   * Earlier AUTH_SECRETs, comma-separated, still accepted while a rotation runs (deploy/README.md,
   * "Rotating secrets"): sessions, unsubscribe links and request-status links made with one of them keep
   * working; everything new is made with AUTH_SECRET.
   */
  AUTH_SECRET_PREVIOUS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((secret) => secret.trim()).filter(Boolean))
    .refine((secrets) => secrets.every((secret) => secret.length >= 32), "each earlier secret must be at least 32 characters"),
  ENCRYPTION_KEYS: z
    .string()
    .regex(/^[a-z0-9-]+:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]+:[A-Za-z0-9+/=]{43,44})*$/, "must be a comma-separated list of keyId:base64-32-byte-key, current key first")
    .optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Phone.com Privacy Center <privacy@phone.com>"),
  /**
   * Optional: an inbox whose address promotional email also offers in
   * List-Unsubscribe, as a mailto: beside the one-click HTTPS link, for mail
   * programs that only write (e.g. "unsubscribe@phone.com"). Whatever reads
   * that inbox acts on the token in the subject. The one-click link needs no
   * secret of its own: its signing key is derived from AUTH_SECRET
   * (features/unsubscribe/unsubscribe-token.ts).
   */
  UNSUBSCRIBE_MAILTO: z.email({ message: "must be an email address such as unsubscribe@phone.com" }).optional(),
  /**
   * How many reverse proxies sit in front of the center, each setting or
   * appending the address it received from to X-Forwarded-For. 0 reads the
   * client's address from the socket and ignores the header, which any client
   * can set. Unset (the default), the center trusts one proxy, as shipped in
   * deploy/, but only for a connection from a loopback or private address;
   * a client reaching it straight from the internet is counted by its own
   * address. See server/auth/client-address.ts.
   */
  TRUSTED_PROXY_COUNT: z.coerce.number({ message: "must be a whole number" }).int("must be a whole number").min(0).max(5, "must be 0 to 5").optional(),
  /** Requests each public form accepts from one client address per hour. */
  PUBLIC_FORM_SUBMISSIONS_PER_HOUR: z.coerce.number({ message: "must be a whole number" }).int("must be a whole number").min(1).max(1000).default(5),
  /**
   * The company's time zone, an IANA name: the legal clocks count calendar days in it (a request
   * that arrives at 9 pm Eastern is received that day). See lib/requests/legal-deadlines.ts.
   */
  COMPANY_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as "America/New_York"')
    .default(DEFAULT_COMPANY_TIME_ZONE),
});

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`The privacy center's environment is invalid:\n${problems}`);
  }
  return parsed.data;
}

const raw = readEnv();

export const env = {
  ...raw,
  SITE_URL: raw.SITE_URL.replace(/\/+$/, ""),
  isDemo: raw.PRIVACY_CENTER_MODE === "demo",
  /** Where the policy's markdown versions live; tests point it at a folder of their own. */
  policyContentDir: path.resolve(/*turbopackIgnore: true*/ raw.POLICY_CONTENT_DIR ?? path.join(process.cwd(), "content", "policy")),
};

/** The value PRIVACY_CENTER_DEMO_ACKNOWLEDGED must have: what the operator agrees to, in words. */
export const DEMO_ACKNOWLEDGEMENT = "not-for-real-customers-data";

/**
 * Why this process must not run in demo mode, or null. A production build
 * (NODE_ENV=production: server.mjs, `next start`) runs the demo only when told
 * twice: PRIVACY_CENTER_MODE=demo and PRIVACY_CENTER_DEMO_ACKNOWLEDGED, so one
 * stray variable cannot put published secrets and seeded people in front of
 * real customers. `npm start`, the end-to-end tests and the benchmarks give
 * both. `next dev` and the tests need no second word.
 */
export function findDemoModeProblem(settings: { NODE_ENV: string; PRIVACY_CENTER_MODE: string; PRIVACY_CENTER_DEMO_ACKNOWLEDGED?: string } = raw): string | null {
  if (settings.PRIVACY_CENTER_MODE !== "demo" || settings.NODE_ENV !== "production") return null;
  if (settings.PRIVACY_CENTER_DEMO_ACKNOWLEDGED === DEMO_ACKNOWLEDGEMENT) return null;
  return (
    "PRIVACY_CENTER_MODE=demo on a production build: the demo runs on published secrets, seeds made-up customers and shows " +
    "password-reset links at /dev/mailbox, so it must never hold real customers' data. For a real deployment unset " +
    `PRIVACY_CENTER_MODE (production is the default); to run the demo anyway, also set PRIVACY_CENTER_DEMO_ACKNOWLEDGED=${DEMO_ACKNOWLEDGEMENT} ` +
    "(`npm start` does)."
  );
}

/** Well-known values for demo mode only: anyone can read them here, so production refuses them. */
const DEMO_SECRETS = {
  AUTH_SECRET: "demo-only-auth-secret-never-use-in-production-0000",
  ENCRYPTION_KEYS: "demo-2026:ZGVtby1vbmx5LWtleS1uZXZlci11c2UtaW4tcHJvZHU=",
} as const;

export interface Secrets {
  /** What signs and seals everything new. */
  authSecret: string;
  /** AUTH_SECRET first, then AUTH_SECRET_PREVIOUS: what is accepted from before a rotation. */
  authSecrets: string[];
  encryptionKeys: string;
}

/**
 * The secrets the center cannot run without. In production a missing, weak or
 * published one stops the start (see instrumentation.ts) with its name; demo
 * mode uses demo values.
 */
export function readSecrets(): Secrets {
  const missing = (["AUTH_SECRET", "ENCRYPTION_KEYS"] as const).filter((name) => !raw[name]);
  if (!env.isDemo && missing.length > 0) {
    throw new Error(
      `The privacy center cannot start in production mode without ${missing.join(" and ")}. ` +
        "Set them in the environment (see README.md), or run `npm start` for the demo.",
    );
  }
  if (!env.isDemo) {
    const weak = findWeakSecrets({ AUTH_SECRET: raw.AUTH_SECRET ?? "", ENCRYPTION_KEYS: raw.ENCRYPTION_KEYS ?? "" });
    // An earlier secret is still a key to every session and link it made: the same rules.
    for (const previous of raw.AUTH_SECRET_PREVIOUS) {
      weak.push(...findWeakSecrets({ AUTH_SECRET: previous, ENCRYPTION_KEYS: raw.ENCRYPTION_KEYS ?? "" }).filter((problem) => problem.startsWith("AUTH_SECRET")).map((problem) => problem.replace(/^AUTH_SECRET/, "an AUTH_SECRET_PREVIOUS secret")));
    }
    if (weak.length > 0) throw new Error(`The privacy center refuses to start in production mode: ${weak.join("; ")}.`);
  }
  const authSecret = raw.AUTH_SECRET ?? DEMO_SECRETS.AUTH_SECRET;
  return {
    authSecret,
    authSecrets: [authSecret, ...raw.AUTH_SECRET_PREVIOUS.filter((previous) => previous !== authSecret)],
    encryptionKeys: raw.ENCRYPTION_KEYS ?? DEMO_SECRETS.ENCRYPTION_KEYS,
  };
}

/**
 * What production needs besides its secrets: mail that really leaves (without
 * SMTP_URL nothing would ever reach a customer, while the outbox fills), and
 * an https address for the links in that mail and the Secure cookies.
 */
export function findProductionSettingProblems(settings: { SMTP_URL?: string; SITE_URL: string } = raw): string[] {
  const problems: string[] = [];
  if (!settings.SMTP_URL) problems.push("SMTP_URL is not set: without it no email would ever be sent (e.g. smtps://user:password@smtp.example.com)");
  if (!settings.SITE_URL.startsWith("https://")) problems.push(`SITE_URL must be an https:// address in production (it is ${settings.SITE_URL})`);
  return problems;
}

/**
 * Secrets anyone could know or guess: the demo's published values, short
 * ones, ones with little variety ("aaaa…", "1234…"), and encryption keys that
 * are text rather than random bytes (a passphrase typed as a key: 32 random
 * bytes are all printable with a chance of about one in 10^13).
 */
export function findWeakSecrets(secrets: { AUTH_SECRET: string; ENCRYPTION_KEYS: string }): string[] {
  const problems: string[] = [];
  const authSecret = secrets.AUTH_SECRET;
  if (authSecret === DEMO_SECRETS.AUTH_SECRET) problems.push("AUTH_SECRET is the demo's published value; generate one with `openssl rand -base64 32`");
  else if (authSecret.length < 32 || new Set(authSecret).size < 16) {
    problems.push("AUTH_SECRET is too weak: use at least 32 random characters (`openssl rand -base64 32`)");
  }
  const keys = secrets.ENCRYPTION_KEYS.split(",").filter(Boolean);
  const ids = new Set<string>();
  for (const entry of keys) {
    const [id = "", base64 = ""] = entry.split(":");
    if (ids.has(id)) problems.push(`ENCRYPTION_KEYS names the key "${id}" twice`);
    ids.add(id);
    const bytes = Buffer.from(base64, "base64");
    if (DEMO_SECRETS.ENCRYPTION_KEYS.split(",").includes(entry) || DEMO_SECRETS.ENCRYPTION_KEYS.endsWith(`:${base64}`)) {
      problems.push(`ENCRYPTION_KEYS key "${id}" is the demo's published key; generate one with \`openssl rand -base64 32\``);
    } else if (bytes.length !== 32 || bytes.every((byte) => byte >= 0x20 && byte < 0x7f) || new Set(bytes).size < 16) {
      problems.push(`ENCRYPTION_KEYS key "${id}" is not 32 random bytes; generate one with \`openssl rand -base64 32\``);
    }
  }
  return problems;
}
