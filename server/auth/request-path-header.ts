/**
 * Set by proxy.ts on the signed-in areas, so that a refused session can come
 * back to the same page after signing in. Only a hint: whatever it says goes
 * through safeNextPath, since a client can send it too.
 */
export const REQUEST_PATH_HEADER = "x-privacy-center-path";
