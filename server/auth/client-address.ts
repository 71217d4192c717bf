import "server-only";
import ipaddr from "ipaddr.js";
import { env } from "../env";
import { readPeerAddress } from "../http/peer-address";

/** What every per-address limit counts by when the address cannot be told: one shared count, never no count. */
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

/**
 * The client's address, for per-address limits.
 *
 * It starts from the socket's address (server/http/peer-address.ts), which no
 * client can choose. X-Forwarded-For is read only from proxies the center
 * trusts, and then only the entries those proxies wrote: with one proxy, the
 * last entry; with two, the one before it. Entries further left are whatever
 * the client claimed.
 *
 * Which proxies are trusted:
 * - TRUSTED_PROXY_COUNT=N (0 to 5): N, always (0: never read the header).
 * - unset (the default): one, the shipped proxy (deploy/nginx sets the header
 *   to the address it received from), but only when the connection comes from
 *   a loopback or private address, where a proxy of the company's own sits. A
 *   center exposed straight to the internet sees its clients' public
 *   addresses and so ignores the header they could forge. (A client on the
 *   same private network as an exposed center could still claim an address:
 *   set TRUSTED_PROXY_COUNT=0 there.)
 *
 * IPv6 addresses count by their /64 network, the block one subscriber is
 * usually given, so a client cannot get a fresh limit from each of its
 * addresses; IPv4-mapped IPv6 addresses count as the IPv4 address.
 */
export function readClientAddress(headers: Headers, trustedProxyCount: number | undefined = env.TRUSTED_PROXY_COUNT): string {
  const peer = readPeerAddress(headers);
  if (!peer) return UNKNOWN_CLIENT_ADDRESS;
  const trustedProxies = trustedProxyCount ?? (isProxyNetworkAddress(peer) ? 1 : 0);
  const forwarded =
    trustedProxies > 0
      ? (headers.get("x-forwarded-for") ?? "")
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean)
      : [];
  const chain = [...forwarded, peer];
  // Fewer entries than trusted proxies means a proxy did not append: the leftmost address is the best there is.
  return groupAddress(chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer);
}

/** Loopback (127.0.0.0/8, ::1), private IPv4 (RFC 1918) and unique local IPv6 (RFC 4193): where the company's own proxy connects from. */
const PROXY_NETWORK_RANGES: ReadonlySet<string> = new Set(["loopback", "private", "uniqueLocal"]);

function isProxyNetworkAddress(address: string): boolean {
  return ipaddr.isValid(address) && PROXY_NETWORK_RANGES.has(ipaddr.process(address).range());
}

function groupAddress(address: string): string {
  if (!ipaddr.isValid(address)) return UNKNOWN_CLIENT_ADDRESS;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${network.toString()}/64`;
}
