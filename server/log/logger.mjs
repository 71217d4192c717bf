// @ts-check
/**
 * The process's one logger: JSON lines on stdout (pino), one object per line,
 * for a log shipper to read. Plain JavaScript so that server.mjs, which runs
 * before any bundle, uses the very same module as the app's server code.
 *
 * - The level comes from LOG_LEVEL (fatal, error, warn, info, debug, trace or
 *   silent; info when unset). Any other value stops the start with a sentence
 *   saying so (server.mjs), rather than logging less or more than asked.
 * - Every line written while a request is being served carries its id
 *   (`requestId`): server.mjs runs the request's handler inside
 *   `requestContext.run()`, and the logger's mixin reads the store. Next.js
 *   bundles server code apart from server.mjs, so the AsyncLocalStorage and
 *   the logger are kept on globalThis under a Symbol.for key: every copy of
 *   this module in the process (server.mjs's, each route bundle's,
 *   instrumentation's) shares one. pino itself is in Next.js's
 *   serverExternalPackages list (node_modules/next/dist/lib/server-external-packages.jsonc),
 *   so it is never bundled.
 * - Personal data never reaches a line: pino's `redact` censors the known
 *   keys wherever they appear (one level deep too), and, as a last resort for
 *   whatever a message or an error's text carries, every string logged has its
 *   email addresses and long digit runs (SSNs, card, account and phone
 *   numbers, with or without spaces and hyphens) replaced.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino from "pino";

export const LOG_LEVELS = /** @type {const} */ (["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** @typedef {(typeof LOG_LEVELS)[number]} LogLevel */
/** @typedef {{ requestId: string }} RequestContext */

/**
 * The level LOG_LEVEL names (info when unset or empty). Throws, in words, for
 * any other value: a typo must not silently drop the lines an operator asked for.
 * @param {string | undefined} value
 * @returns {LogLevel}
 */
export function logLevelFrom(value) {
  const level = (value ?? "").trim().toLowerCase();
  if (level === "") return "info";
  const known = LOG_LEVELS.find((name) => name === level);
  if (!known) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}; got "${value}".`);
  return known;
}

/** Keys whose values are personal data or secrets, censored wherever they appear (top level, one level down). */
const SECRET_KEYS = [
  "email",
  "emailAddress",
  "newEmail",
  "name",
  "fullName",
  "firstName",
  "lastName",
  "childName",
  "password",
  "newPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "cookie",
  "authorization",
  "phone",
  "phoneNumber",
  "ssn",
  "cardNumber",
  "card_number",
  "accountNumber",
  "dateOfBirth",
  "streetAddress",
  "address",
];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  // Headers, should anyone log a request's: never the session or the credentials.
  'req.headers["cookie"]',
  'req.headers["authorization"]',
  'headers["cookie"]',
  'headers["authorization"]',
];

// Stops at what separates parts of a URL or of a sentence, so only the address goes.
const EMAIL_ADDRESS = /[^\s@"'<>(),;:/?&=]+@[^\s@"'<>(),;:/?&=]+\.[A-Za-z]{2,}/g;
/** An address percent-encoded in a path (casey%40example.com). */
const ENCODED_EMAIL_ADDRESS = /[^\s/?&=]+%40[^\s/?&=]+/gi;
/** Nine or more digits, alone or with single spaces or hyphens between them (123-45-6789, 4111 1111 1111 1111). */
const LONG_DIGIT_RUN = /\d(?:[ -]?\d){8,}/g;

/** Values made by us, never personal: a request id is a UUID or a plain token, whose digits must survive the scrub. */
const UNSCRUBBED_KEYS = new Set(["requestId"]);

/**
 * A string with its email addresses and long digit runs replaced.
 * @param {string} text
 */
export function scrub(text) {
  return text.replace(EMAIL_ADDRESS, "[email]").replace(LONG_DIGIT_RUN, "[number]");
}

/**
 * The scrub, through whatever a log call was given: strings, plain objects
 * and arrays (a few levels deep) and errors (their type, scrubbed message and
 * stack; pino's err serializer reads those).
 * @param {unknown} value
 * @param {number} depth
 * @returns {unknown}
 */
function scrubValue(value, depth = 0) {
  if (typeof value === "string") return scrub(value);
  if (value === null || typeof value !== "object" || depth > 4) return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack === undefined ? undefined : scrub(value.stack) };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, UNSCRUBBED_KEYS.has(key) ? item : scrubValue(item, depth + 1)]));
}

/**
 * A logger with the app's rules; `destination` is for tests (stdout otherwise).
 * @param {{ level?: LogLevel; destination?: pino.DestinationStream; requestContext?: AsyncLocalStorage<RequestContext> }} [options]
 */
export function createLogger({ level = "info", destination, requestContext = shared().requestContext } = {}) {
  return pino(
    {
      level,
      base: { pid: process.pid },
      // An ISO time rather than epoch milliseconds: readable, and no 13-digit number in every line.
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"info" rather than 30, for people and shippers alike.
      formatters: { level: (label) => ({ level: label }) },
      messageKey: "msg",
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      mixin() {
        const store = requestContext.getStore();
        return store ? { requestId: store.requestId } : {};
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = /** @type {Parameters<typeof method>} */ (args.map((arg) => scrubValue(arg)));
          // An error handed alone (logger.error(error)) becomes { err } so pino writes it under its usual key.
          if (args[0] instanceof Error) scrubbed[0] = { err: scrubbed[0] };
          return method.apply(this, scrubbed);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const SHARED = Symbol.for("privacy-center.log");

/** @returns {{ requestContext: AsyncLocalStorage<RequestContext>; logger?: pino.Logger }} */
function shared() {
  const holder = /** @type {Record<symbol, ReturnType<typeof shared> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[SHARED] ??= { requestContext: new AsyncLocalStorage() });
}

/** Where the request being served keeps its id (server.mjs runs each request inside `requestContext.run()`). */
export const requestContext = shared().requestContext;

/** The process's logger, made on first use at the level LOG_LEVEL names. */
export function logger() {
  const state = shared();
  state.logger ??= createLogger({ level: logLevelFrom(process.env.LOG_LEVEL) });
  return state.logger;
}

/** A request id the client or the proxy sent is kept only if it is a plain token: nothing to inject into a log. */
const SANE_REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The id of a request: the X-Request-Id the proxy sent when it is a sane
 * token (at most 64 letters, digits, "-" or "_"), else a new UUID.
 * @param {string | string[] | undefined} header
 */
export function requestIdFrom(header) {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * A request's path as the access log shows it: no query string (it can carry
 * tokens), no one-click unsubscribe token, no long opaque segment, and scrubbed.
 * @param {string | undefined} url
 */
export function loggablePath(url) {
  const path = (url ?? "").split(/[?#]/, 1)[0] ?? "";
  const segments = path
    .slice(0, 512)
    .split("/")
    .map((segment, index, all) => (all[index - 1] === "unsubscribe" || segment.length > 40 ? "[token]" : segment));
  return scrub(segments.join("/").replace(ENCODED_EMAIL_ADDRESS, "[email]"));
}
