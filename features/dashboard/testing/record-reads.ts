import type { Kysely, KyselyPlugin, RootOperationNode } from "kysely";
import type { Database } from "@/server/db/schema";

/** Records each SELECT's table and how many rows it returned: the export's reads, as the database saw them. */
export function recordReads(db: Kysely<Database>) {
  const reads: { table: string; rows: number }[] = [];
  const tables = new Map<unknown, string>();
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      const from = (node as RootOperationNode & { from?: { froms: { table?: { identifier?: { name?: string } } }[] } }).from;
      if (node.kind === "SelectQueryNode") tables.set(queryId, from?.froms[0]?.table?.identifier?.name ?? "?");
      return node;
    },
    async transformResult({ result, queryId }) {
      const table = tables.get(queryId);
      if (table) reads.push({ table, rows: result.rows.length });
      return result;
    },
  };
  return { db: db.withPlugin(plugin), reads, of: (table: string) => reads.filter((read) => read.table === table) };
}
