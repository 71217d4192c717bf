import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";

/**
 * The address of whoever opened the TCP connection, handed from the socket to
 * the app in a request header that no client can forge.
 *
 * `next start` gives route handlers, pages and server actions the request's
 * headers but never its socket, and it fills `X-Forwarded-For` from the socket
 * only when the client did not send one itself, so a client can choose the
 * address every per-address limit counts by. Instead, the server stamps each
 * incoming request, before Next.js sees it, with the socket's address and a
 * random token of this process. A header that arrives with any other token
 * (sent by a client, or stamped by another process) is not believed.
 */
export const PEER_ADDRESS_HEADER = "x-privacy-center-peer";

const TOKEN = Symbol.for("privacy-center.peer-address-token");
const INSTALLED = Symbol.for("privacy-center.peer-address-installed");
// On globalThis: instrumentation and every route bundle of this process must share one token.
type Holder = typeof globalThis & { [TOKEN]?: string; [INSTALLED]?: boolean };
const holder = globalThis as Holder;

function processToken(): string {
  return (holder[TOKEN] ??= randomBytes(18).toString("base64url"));
}

/** Replaces whatever the client sent under our header with the socket's address. */
export function stampPeerAddress(headers: IncomingHttpHeaders, socketAddress: string | undefined): void {
  delete headers[PEER_ADDRESS_HEADER];
  if (socketAddress) headers[PEER_ADDRESS_HEADER] = `${processToken()} ${socketAddress}`;
}

/** The socket's address as stamped by this process, or null when the request was not stamped by it. */
export function readPeerAddress(headers: Headers): string | null {
  const [token, address] = (headers.get(PEER_ADDRESS_HEADER) ?? "").split(" ");
  const expected = holder[TOKEN];
  if (!expected || !token || !address) return null;
  const given = Buffer.from(token);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? address : null;
}

/**
 * Stamps every request this process's HTTP(S) servers receive. Called from
 * instrumentation.ts, which Next.js runs in the serving process before it
 * handles any request; a request that arrived while the server was still
 * starting goes unstamped, and counts as coming from an unknown address.
 */
export function installPeerAddressStamp(): void {
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function emitStamped(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as IncomingMessage;
        stampPeerAddress(request.headers, request.socket?.remoteAddress);
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}

/**
 * Whether the request came over a connection from this very machine. The
 * demo's mailbox shows password-reset links to whoever opens it, so the demo
 * answers it only to its own machine, even when started on every interface.
 */
export function isFromThisMachine(headers: Headers): boolean {
  const peer = readPeerAddress(headers);
  if (!peer || !ipaddr.isValid(peer)) return false;
  return ipaddr.process(peer).range() === "loopback";
}
