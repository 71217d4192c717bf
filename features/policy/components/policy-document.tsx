import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { PolicyVersion } from "../policy-types";

/** The version's sanitised markdown, rendered on the server. */
export function PolicyDocument({ version }: { version: PolicyVersion }) {
  return <div className="policy-prose">{toJsxRuntime(version.body, { Fragment, jsx, jsxs })}</div>;
}
