import type { IncomingHttpHeaders } from "node:http";
import { stampPeerAddress } from "../peer-address";

/** Request headers as the server hands them to the app for a connection from `socketAddress` (tests only). */
export function stampedHeaders(socketAddress: string | null, sent: Record<string, string> = {}): Headers {
  const incoming: IncomingHttpHeaders = { ...sent };
  if (socketAddress) stampPeerAddress(incoming, socketAddress);
  return new Headers(incoming as Record<string, string>);
}
