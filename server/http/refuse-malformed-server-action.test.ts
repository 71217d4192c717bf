import { describe, expect, it } from "vitest";
import { isPossibleServerAction, refuseMalformedServerAction, SERVER_ACTION_BODY_LIMIT_BYTES, serverActionRefusals } from "./refuse-malformed-server-action";

const site = "http://privacy.example";
const actionId = "40aa".padEnd(42, "0");

/** React's call of an action; a header given as undefined is left out. */
function actionCall(body: BodyInit, headers: Record<string, string | undefined> = {}): Request {
  const all = { host: "privacy.example", origin: site, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", ...headers };
  return new Request(`${site}/sign-in`, { method: "POST", body, headers: Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined) });
}

function formPost(form: FormData, headers: Record<string, string> = {}): Request {
  // A Request built from FormData carries its own multipart type and boundary.
  return new Request(`${site}/sign-in`, { method: "POST", body: form, headers: { host: "privacy.example", origin: site, ...headers } });
}

function withField(form: FormData, name: string): FormData {
  form.set(name, "");
  return form;
}

function reactForm(root: string): FormData {
  const form = new FormData();
  form.set("0", root);
  form.set("1_email", "a@example.com");
  return form;
}

describe("isPossibleServerAction", () => {
  it("is a POST that React sends (Next-Action) or a form posted without JavaScript (multipart)", () => {
    expect(isPossibleServerAction(actionCall("[]"))).toBe(true);
    expect(isPossibleServerAction(formPost(new FormData()))).toBe(true);
    expect(isPossibleServerAction(new Request(`${site}/sign-in`, { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } }))).toBe(false);
    expect(isPossibleServerAction(new Request(`${site}/sign-in`, { headers: { "next-action": actionId } }))).toBe(false);
  });
});

describe("refuseMalformedServerAction", () => {
  it.each([
    ["React's call with its arguments as text", actionCall('["$undefined",{"email":"a@example.com"}]')],
    ["React's call with its arguments as a form", formPost(reactForm('["$K1"]'), { "next-action": actionId })],
    ["a form posted without JavaScript", formPost(withField(reactForm("ignored"), `$ACTION_ID_${actionId}`))],
    ["a form with state posted without JavaScript", formPost(withField(reactForm("ignored"), "$ACTION_REF_1"))],
    ["a call without an Origin, as a script sends it", actionCall("[]", { origin: undefined })],
    ["a call through a proxy that names the public host", actionCall("[]", { host: "127.0.0.1:3000", "x-forwarded-host": "privacy.example, proxy.internal" })],
  ])("lets %s through", async (_, request) => {
    expect(await refuseMalformedServerAction(request)).toBeNull();
  });

  it.each([
    ["another website", "https://attacker.example"],
    ["another port", "http://privacy.example:8080"],
    ["a sandboxed page (null)", "null"],
    ["something that is not an origin", "not a URL"],
  ])("refuses a call from %s with a 403", async (_, origin) => {
    expect(await refuseMalformedServerAction(actionCall("[]", { origin }))).toBe(serverActionRefusals.crossSite);
    expect(await refuseMalformedServerAction(formPost(reactForm("[]"), { origin }))).toBe(serverActionRefusals.crossSite);
  });

  it("refuses a body React never sends with a 415", async () => {
    expect(await refuseMalformedServerAction(actionCall("{}", { "content-type": "application/json" }))).toBe(serverActionRefusals.unsupportedType);
    expect(await refuseMalformedServerAction(actionCall("a=b", { "content-type": "application/x-www-form-urlencoded" }))).toBe(serverActionRefusals.unsupportedType);
  });

  it("refuses a body over the limit with a 413, by its Content-Length or by its bytes", async () => {
    const overLimit = `["${"x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES)}"]`;
    expect(await refuseMalformedServerAction(actionCall(overLimit))).toBe(serverActionRefusals.tooLarge);
    expect(await refuseMalformedServerAction(actionCall("[]", { "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(serverActionRefusals.tooLarge);
    const stream = new Blob([overLimit]).stream();
    const chunked = new Request(`${site}/sign-in`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { host: "privacy.example", origin: site, "next-action": actionId, "content-type": "text/plain" },
    } as RequestInit);
    expect(await refuseMalformedServerAction(chunked)).toBe(serverActionRefusals.tooLarge);
  });

  it.each([
    ["text that is not JSON", actionCall("not json")],
    ["JSON that is not an argument list", actionCall('{"email":"a@example.com"}')],
    ["a multipart body cut short", actionCall('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', { "content-type": "multipart/form-data; boundary=xyz" })],
    ["a multipart form post cut short", formPostCutShort()],
    ["a multipart call without an argument list", formPost(reactForm("{}"), { "next-action": actionId })],
    ["a multipart form post that names no action", formPost(reactForm("[]"))],
  ])("refuses %s with a 400", async (_, request) => {
    expect(await refuseMalformedServerAction(request)).toBe(serverActionRefusals.unreadable);
  });
});

function formPostCutShort(): Request {
  return new Request(`${site}/sign-in`, {
    method: "POST",
    body: '--xyz\r\nContent-Disposition: form-data; name="$ACTION_ID_x"\r\n\r\n',
    headers: { host: "privacy.example", origin: site, "content-type": "multipart/form-data; boundary=xyz" },
  });
}
