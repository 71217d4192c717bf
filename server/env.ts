import "server-only";
import path from "node:path";
import { z } from "zod";

/**
 * The one place the environment is read. A bad value stops the start with a
 * message that names the variable.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SITE_URL: z.url({ message: "SITE_URL must be an absolute URL such as https://privacy.example.com" }).default(
    "http://localhost:3000",
  ),
  POLICY_CONTENT_DIR: z.string().min(1).optional(),
});

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`The privacy center's environment is invalid:\n${problems}`);
  }
  return parsed.data;
}

const raw = readEnv();

export const env = {
  ...raw,
  SITE_URL: raw.SITE_URL.replace(/\/+$/, ""),
  /** Where the policy's markdown versions live; tests point it at a folder of their own. */
  policyContentDir: path.resolve(/*turbopackIgnore: true*/ raw.POLICY_CONTENT_DIR ?? path.join(process.cwd(), "content", "policy")),
};
