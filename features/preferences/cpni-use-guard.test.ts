import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Every use of CPNI for marketing asks the one function (47 CFR 64.2009(a):
 * the status of the customer's approval is established before each use;
 * features/preferences/cpni.ts, `mayUseCpni` / `authorizeCpniUse`). A source
 * scan, so that a new marketing use that bypasses it fails here:
 *
 * 1. Only the modules listed below read the tables that hold CPNI (the
 *    services bought, call records, billing periods), each for a stated
 *    purpose. A new module that reads them fails until it is listed, and a
 *    marketing purpose cannot be listed without rule 2.
 * 2. The marketing readers' functions are called only inside the then-branch
 *    of an `if` whose condition asks `authorizeCpniUse(…)` or `mayUseCpni(…)`
 *    and reads its `.allowed`.
 * 3. A marketing module (the mailing feature, or any module that sends a
 *    promotion) imports none of the other readers' functions, nor any function
 *    built on them (found by following exported functions that call them).
 */

type Purpose = "marketing" | "not marketing";

/** The modules that may read CPNI tables, and why. Marketing readers are held to rule 2. */
const CPNI_READERS: Record<string, { purpose: Purpose; why: string }> = {
  "features/dashboard/repository.ts": { purpose: "not marketing", why: "the customer's own records, on the dashboard and in their copy" },
  "features/requests/workflow/erase-customer-data.ts": { purpose: "not marketing", why: "a deletion request erases them" },
  "features/requests/workflow/minor-report-erasure.ts": { purpose: "not marketing", why: "a minor's report erases them" },
  "features/requests/workflow/minor-report-findings.ts": { purpose: "not marketing", why: "a minor's report finds the records holding the child's number" },
  "features/unsubscribe/repository.ts": { purpose: "marketing", why: "a promotion tailored with the services the customer buys" },
};

/** Where the app's code is; schema, migrations and the demo seed make the tables and their demo rows. */
const SCANNED = ["app", "features", "server", "lib", "components"];
const NOT_APP_CODE = [/\.test\.tsx?$/, /\/testing\//, /-test-fixtures\.ts$/, /^server\/db\/(migrations|seed)\//, /^server\/db\/schema\.ts$/];

const CPNI_TABLE = /^(cpniServices|cpniBillingPeriods|callRecords|cpni_services|cpni_billing_periods|call_records)\b|\b(from|join|into|update)\s+"?(cpni_services|cpni_billing_periods|call_records)\b/i;
const ASKS_THE_RULE = /\b(authorizeCpniUse|mayUseCpni)\s*\(/;
/** A module that sends marketing: the mailing feature, or one that queues a promotion. */
const isMarketingModule = (file: SourceFile) => file.path.startsWith("features/unsubscribe/") || /\bsendPromotionalEmail\s*\(|kind:\s*"promotion"/.test(file.text);

interface SourceFile {
  path: string;
  text: string;
}

function listSourceFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const relative = path.posix.join(dir, name);
      if (statSync(path.join(root, relative)).isDirectory()) walk(relative);
      else if (/\.tsx?$/.test(name) && !NOT_APP_CODE.some((pattern) => pattern.test(relative))) files.push({ path: relative, text: readFileSync(path.join(root, relative), "utf8") });
    }
  };
  for (const dir of SCANNED) walk(dir);
  return files;
}

const parsedOnce = new Map<string, ts.SourceFile>();
function parse(file: SourceFile): ts.SourceFile {
  const key = `${file.path}\n${file.text}`;
  let source = parsedOnce.get(key);
  if (!source) {
    source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsedOnce.set(key, source);
  }
  return source;
}

function visit(node: ts.Node, each: (node: ts.Node) => void) {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

/** Whether a node holds a string naming a CPNI table (a Kysely table name, or raw SQL). */
function readsCpniTables(node: ts.Node): boolean {
  let found = false;
  visit(node, (child) => {
    if ((ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child) || ts.isTemplateHead(child) || ts.isTemplateMiddle(child) || ts.isTemplateTail(child)) && CPNI_TABLE.test(child.text)) found = true;
  });
  return found;
}

/** The exported functions of a module, with their bodies (function declarations and exported consts). */
function exportedFunctions(source: ts.SourceFile): { name: string; node: ts.Node }[] {
  const found: { name: string; node: ts.Node }[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) found.push({ name: statement.name.text, node: statement });
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) found.push({ name: declaration.name.text, node: declaration });
    }
  }
  return found;
}

const identifiersOf = new WeakMap<ts.Node, Set<string>>();
function identifiersIn(node: ts.Node): Set<string> {
  const known = identifiersOf.get(node);
  if (known) return known;
  const names = new Set<string>();
  identifiersOf.set(node, names);
  visit(node, (child) => {
    if (ts.isIdentifier(child)) names.add(child.text);
  });
  return names;
}

/** Whether a reference sits in the then-branch of an `if` that asked the approval rule and read its answer. */
function guardedByTheRule(reference: ts.Node): boolean {
  for (let node: ts.Node = reference; node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === node) {
      const condition = parent.expression.getText();
      if (ASKS_THE_RULE.test(condition) && /\.allowed\b/.test(condition)) return true;
    }
  }
  return false;
}

/** Every way a module bypasses the rule, in words; none means every marketing use of CPNI asks it. */
function findCpniUseBypasses(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const parsed = files.map((file) => ({ file, source: parse(file) }));
  const exportsOf = new Map(parsed.map(({ file, source }) => [file.path, exportedFunctions(source)]));

  // Rule 1: who reads the tables.
  const readers = parsed.filter(({ file, source }) => /cpni_?services|cpni_?billing_?periods|call_?records/i.test(file.text) && readsCpniTables(source));
  for (const { file } of readers) {
    if (!CPNI_READERS[file.path]) problems.push(`${file.path} reads CPNI tables but is not a listed reader: read them through a listed module, and for marketing only after authorizeCpniUse/mayUseCpni says yes`);
  }

  // The functions that read CPNI: exported by a reader and touching the tables, then every exported function built on one of them.
  const marketingReading = new Set<string>();
  const otherReading = new Set<string>();
  for (const { file, source } of readers) {
    for (const fn of exportedFunctions(source)) {
      if (readsCpniTables(fn.node)) (CPNI_READERS[file.path]?.purpose === "marketing" ? marketingReading : otherReading).add(fn.name);
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const { file } of parsed) {
      if (isMarketingModule(file)) continue;
      for (const fn of exportsOf.get(file.path)!) {
        if (otherReading.has(fn.name)) continue;
        const used = identifiersIn(fn.node);
        if ([...otherReading].some((name) => used.has(name))) {
          otherReading.add(fn.name);
          grew = true;
        }
      }
    }
  }

  for (const { file, source } of parsed) {
    // Rule 2: a marketing read only where the rule said yes.
    if ([...marketingReading].some((name) => file.text.includes(name)))
    visit(source, (node) => {
      if (!ts.isIdentifier(node) || !marketingReading.has(node.text)) return;
      const parent = node.parent;
      const isDeclarationOrImport =
        ts.isFunctionDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || (ts.isPropertyAccessExpression(parent) && parent.name === node);
      if (isDeclarationOrImport) return;
      if (!guardedByTheRule(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        problems.push(`${file.path}:${line + 1} uses ${node.text} (CPNI for marketing) outside an "if" that asks authorizeCpniUse/mayUseCpni and reads .allowed`);
      }
    });
    // Rule 3: marketing modules use none of the other readers.
    if (isMarketingModule(file)) {
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings || !ts.isNamedImports(statement.importClause.namedBindings)) continue;
        for (const element of statement.importClause.namedBindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (otherReading.has(name)) problems.push(`${file.path} sends marketing and imports ${name}, which reads CPNI without asking authorizeCpniUse/mayUseCpni`);
        }
      }
    }
  }
  return problems;
}

describe("every marketing use of CPNI asks the approval rule (47 CFR 64.2009(a))", () => {
  const tree = listSourceFiles(process.cwd());
  // Parsing the whole tree is the slow part: once, before the checks.
  beforeAll(() => void tree.forEach(parse));

  it("holds for the center's source", () => {
    expect(findCpniUseBypasses(tree)).toEqual([]);
    // The scan sees the readers it names, and the one marketing use that asks the rule.
    expect(tree.filter((file) => CPNI_READERS[file.path]).map((file) => file.path).sort()).toEqual(Object.keys(CPNI_READERS).sort());
    expect(tree.find((file) => file.path === "features/unsubscribe/service.ts")!.text).toMatch(/authorizeCpniUse\(/);
  });

  const withFile = (file: SourceFile) => [...tree.filter((each) => each.path !== file.path), file];

  it("fails on a new module that reads call records for a promotion", () => {
    const plant = {
      path: "features/promotions/win-back.ts",
      text: `export async function heavyCallers(db) { return db.selectFrom("callRecords as c").select("c.customerId").execute(); }\nexport const k = { kind: "promotion" };`,
    };
    expect(findCpniUseBypasses(withFile(plant))).toEqual([expect.stringContaining("features/promotions/win-back.ts reads CPNI tables but is not a listed reader")]);
  });

  it("fails on a raw SQL read of CPNI in a new module", () => {
    const plant = { path: "server/jobs/offers.ts", text: "export const offers = (db) => sql`select service_name from cpni_services where customer_id = ${'x'}`.execute(db);" };
    expect(findCpniUseBypasses(withFile(plant))).toEqual([expect.stringContaining("server/jobs/offers.ts reads CPNI tables")]);
  });

  it("fails when the tailored promotion reads the services without the rule's yes", () => {
    const service = tree.find((file) => file.path === "features/unsubscribe/service.ts")!;
    const bypassed = service.text.replace(/if \(message\.tailored && \(await authorizeCpniUse\([^)]*\)\)\.allowed\) \{/, "if (message.tailored) {");
    expect(bypassed).not.toBe(service.text);
    expect(findCpniUseBypasses(withFile({ ...service, text: bypassed }))).toEqual([expect.stringMatching(/^features\/unsubscribe\/service\.ts:\d+ uses listServiceNames \(CPNI for marketing\) outside/)]);
  });

  it("fails when a marketing module takes the services from the dashboard's reader, or from what is built on it", () => {
    for (const name of ["listCpniServices", "readCustomerInventory"]) {
      const plant = { path: "features/unsubscribe/upsell.ts", text: `import { ${name} } from "@/features/dashboard";\nexport const upsell = (db, id) => ${name}(db, id);` };
      expect(findCpniUseBypasses(withFile(plant)), name).toEqual([`features/unsubscribe/upsell.ts sends marketing and imports ${name}, which reads CPNI without asking authorizeCpniUse/mayUseCpni`]);
    }
  });
});
