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
 * client can choose. Only when TRUSTED_PROXY_COUNT says that many proxies sit
 * in front of the center is X-Forwarded-For read, and then only the entries
 * those proxies appended: with one proxy, the last entry; with two, the one
 * before it. Entries further left are whatever the client claimed.
 *
 * IPv6 addresses count by their /64 network, the block one subscriber is
 * usually given, so a client cannot get a fresh limit from each of its
 * addresses; IPv4-mapped IPv6 addresses count as the IPv4 address.
 */
export function readClientAddress(headers: Headers, trustedProxies = env.TRUSTED_PROXY_COUNT): string {
  const peer = readPeerAddress(headers);
  if (!peer) return UNKNOWN_CLIENT_ADDRESS;
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

function groupAddress(address: string): string {
  if (!ipaddr.isValid(address)) return UNKNOWN_CLIENT_ADDRESS;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${network.toString()}/64`;
}
