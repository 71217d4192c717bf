import fs from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers (docs/decisions/0010-one-way-in.md), checked on every lint:
 * app → features → server / lib, and one way into a feature (server/boundary).
 */
const features = fs.readdirSync(new URL("./features", import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

const layers = [
  { target: "./server", from: "./features", message: "server/ is plumbing and imports no feature; compose start-up work in instrumentation.ts." },
  { target: "./server", from: "./app", message: "server/ imports no route." },
  { target: "./components", from: "./features", message: "Shared UI imports no feature: pass what it shows as props." },
  { target: "./components", from: "./app", message: "Shared UI imports no route." },
  { target: "./lib", from: ["./features", "./server", "./components", "./app"], message: "lib/ is pure and shared by the server and the browser: it imports nothing of the app." },
  { target: "./features", from: "./app", message: "A feature imports no route." },
];

// One feature uses another only through its public entry (index.ts), and its form parts through ui.ts, kept apart so
// that server code importing index.ts never loads client components. Tests may reach further (fixtures, loaders).
const betweenFeatures = [
  ...features.map((feature) => ({
    target: `./features/${feature}/**`,
    from: "./features/**",
    except: [`**/features/${feature}/**`, "**/features/*/index.ts", "**/features/*/ui.ts"],
    message: `features/${feature} may use another feature only through its index.ts (or ui.ts for its form parts).`,
  })),
];

/** What only the boundary may touch: the database handle, the session, and the raw form reader. */
const boundaryOnly = {
  paths: [
    { name: "@/server/db/database", message: "Get the database from the boundary's context (server/boundary)." },
    { name: "@/server/auth/current-account", message: "Check the session through server/boundary (formAction, postAction, query, route, authenticate).", allowTypeImports: true },
  ],
};

/** In a "use server" file, every export is made by the boundary, so none can skip its checks. */
const useServerFile = "Program:has(> ExpressionStatement[directive='use server'])";
const actionsThroughTheBoundary = [
  {
    selector: `${useServerFile} > ExportNamedDeclaration > FunctionDeclaration`,
    message: "Make a server action with formAction or postAction from @/server/boundary, so it checks the session, the role and the input.",
  },
  {
    selector: `${useServerFile} > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator:not([init.callee.name=/^(formAction|postAction)$/])`,
    message: "Make a server action with formAction or postAction from @/server/boundary, so it checks the session, the role and the input.",
  },
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: layers }],
      "no-restricted-syntax": ["error", ...actionsThroughTheBoundary],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/testing/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...layers, ...betweenFeatures] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "features/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/testing/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", boundaryOnly] },
  },
];

export default config;
