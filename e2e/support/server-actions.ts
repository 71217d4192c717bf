import fs from "node:fs";
import path from "node:path";

export interface ServerAction {
  id: string;
  /** The exported function's name, e.g. saveChoiceAction. */
  name: string;
  /** A page that serves the action (Next.js answers an action on the pages that use it). */
  pagePath: string;
}

/**
 * Every Server Action in the build `next start` serves, from Next.js's own
 * manifest, so a test that calls "every action" also calls the ones added after it.
 */
export function listServerActions(): ServerAction[] {
  const manifestFile = path.resolve(".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => ({ id, name: action.exportedName, pagePath: pagePathOf(Object.keys(action.workers)[0]!) }));
}

export function serverActionNamed(name: string): ServerAction {
  const action = listServerActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No Server Action named ${name} in the build: rebuild?`);
  return action;
}

/** "app/(account)/account/requests/[reference]/page" → "/account/requests/reference". */
function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[+\.*(.*?)\]+$/, "$1"));
  return `/${segments.join("/")}`;
}

/**
 * The headers React's fetch sends with an action call, its arguments as text
 * (a multipart call leaves the content type to the form). `origin` is the
 * site's own, as a browser would send: Next.js refuses an action from anywhere else.
 */
export function actionCallHeaders(action: ServerAction, origin: string, { multipart = false } = {}): Record<string, string> {
  const headers: Record<string, string> = { "next-action": action.id, origin, accept: "text/x-component" };
  if (!multipart) headers["content-type"] = "text/plain;charset=UTF-8";
  return headers;
}
