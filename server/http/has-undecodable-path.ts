/**
 * Whether a path has a segment that decodeURIComponent cannot decode, such as
 * `/requests/%E0%A4%A` (a cut-off UTF-8 sequence) or `/unsubscribe/100%`.
 * Next.js decodes each dynamic segment (a request's reference, an unsubscribe
 * token) that way and answers a bare "Internal Server Error" when it throws:
 * plain text, without the security headers. Such an address names nothing
 * here, so proxy.ts answers it as not found before Next.js tries.
 */
export function hasUndecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  return pathname.split("/").some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}
