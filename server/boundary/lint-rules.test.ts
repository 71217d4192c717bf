import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layers and the one way in are kept by lint (eslint.config.mjs): these
 * are the mistakes it must catch, each in a file where it would be made.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("lint refuses", () => {
  it("a server action written by hand, which could skip the session check", async () => {
    const problems = await problemsIn(
      "features/preferences/actions.ts",
      `"use server";\n\nexport async function saveEverythingAction(formData: FormData): Promise<void> {\n  void formData;\n}\n`,
    );
    expect(problems).toEqual([expect.stringContaining("Make a server action with formAction or postAction")]);
  });

  it("a server action made by anything but the boundary", async () => {
    const problems = await problemsIn("features/preferences/actions.ts", `"use server";\n\nconst wrap = (f: () => Promise<void>) => f;\nexport const sneakyAction = wrap(async () => {});\n`);
    expect(problems).toEqual([expect.stringContaining("Make a server action with formAction or postAction")]);
  });

  it("a route or a feature that opens the database or reads the session itself", async () => {
    for (const filePath of ["app/(account)/account/page.tsx", "features/dashboard/queries.ts"]) {
      const problems = await problemsIn(
        filePath,
        `import { database } from "@/server/db/database";\nimport { requireCustomer } from "@/server/auth/current-account";\n\nexport const both = [database, requireCustomer];\n`,
      );
      expect(problems).toEqual([expect.stringContaining("Get the database from the boundary"), expect.stringContaining("Check the session through server/boundary")]);
    }
  });

  it("server/ or shared UI importing a feature, and a feature reaching into another's internals", async () => {
    expect(await problemsIn("server/email/example.ts", `import { getPolicyHistory } from "@/features/policy";\n\nexport const x = getPolicyHistory;\n`)).toEqual([
      expect.stringContaining("server/ is plumbing and imports no feature"),
    ]);
    expect(await problemsIn("components/ui/example.tsx", `import { getPolicyHistory } from "@/features/policy";\n\nexport const x = getPolicyHistory;\n`)).toEqual([
      expect.stringContaining("Shared UI imports no feature"),
    ]);
    expect(
      await problemsIn("features/admin/example.ts", `import { getPolicyHistory } from "@/features/policy/policy-service";\n\nexport const x = getPolicyHistory;\n`),
    ).toEqual([expect.stringContaining("features/admin may use another feature only through its index.ts")]);
  });

  it("nothing in the same files written the right way", async () => {
    expect(
      await problemsIn(
        "features/admin/example.ts",
        `import { getPolicyHistory } from "@/features/policy";\nimport { query } from "@/server/boundary";\n\nexport const readCurrentVersion = query("admin", async (context) => getPolicyHistory(context.now).current.version.id);\n`,
      ),
    ).toEqual([]);
  });
});
