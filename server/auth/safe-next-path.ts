/**
 * Where to go after signing in, from a `next` parameter: only a path on this
 * site. Absolute URLs, protocol-relative `//host` and backslash tricks
 * (`/\host`, which browsers read as `//host`) are refused, so the sign-in page
 * cannot be used to send someone elsewhere.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return null;
  if (value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = "http://privacy-center.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  // Back to the sign-in pages would only loop.
  if (/^\/(sign-in|forgot-password|reset-password)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
