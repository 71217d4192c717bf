import { randomInt } from "node:crypto";
import http from "node:http";

/**
 * A client that connects from another address of this machine (any of
 * 127.0.0.0/8 is ours on Linux), so the server sees a different client, as
 * it would another computer. Browsers cannot choose their source address;
 * this is how a test stands for a stranger without claiming an address in a
 * header the server must not believe.
 */
export interface ClientAt {
  address: string;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  postForm(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Reply>;
  /** As a browser posts a form without JavaScript to a server action: multipart/form-data. */
  postMultipart(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A random address in 127.0.0.0/8 (not 127.0.0.1, the browsers'), so tests never share one. */
export function freshLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function clientAt(baseURL: string, address = freshLoopbackAddress()): ClientAt {
  const cookies = new Map<string, string>();
  const send = (method: string, path: string, body: string | Buffer | null, headers: Record<string, string>) =>
    new Promise<Reply>((resolve, reject) => {
      const url = new URL(path, baseURL);
      const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
      const request = http.request(
        url,
        {
          method,
          localAddress: address,
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(body !== null ? { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) } : {}),
            ...headers,
          },
        },
        (response) => {
          for (const line of response.headers["set-cookie"] ?? []) {
            const [pair = ""] = line.split(";");
            const at = pair.indexOf("=");
            cookies.set(pair.slice(0, at), pair.slice(at + 1));
          }
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        },
      );
      request.on("error", reject);
      request.end(body ?? undefined);
    });
  return {
    address,
    get: (path, headers = {}) => send("GET", path, null, headers),
    postForm: (path, fields, headers = {}) => send("POST", path, new URLSearchParams(fields).toString(), headers),
    async postMultipart(path, fields, headers = {}) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      // The platform's own encoder writes the body and its boundary.
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      return send("POST", path, body, { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length), ...headers });
    },
  };
}

/** The hidden fields of the page's forms (React's action fields, an idempotency key), as a browser would send them. */
export function hiddenFieldsOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [input] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields[decodeEntities(name)] = decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  return fields;
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, entity: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" })[entity]!);
}
