/**
 * Validates the policy content before a build: prints every problem with its
 * file and line, and exits non-zero so the build stops.
 */
import path from "node:path";
import { loadPolicyVersions } from "../features/policy/load-policy-versions";
import { PolicyContentError } from "../features/policy/policy-content-error";

const directory = path.resolve(process.env.POLICY_CONTENT_DIR ?? path.join(process.cwd(), "content", "policy"));

try {
  const versions = loadPolicyVersions(directory);
  console.log(`Policy content OK: ${versions.length} versions (${versions.map((v) => v.id).join(", ")}).`);
} catch (error) {
  if (!(error instanceof PolicyContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
