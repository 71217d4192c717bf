import { type Expression, sql } from "kysely";

/** A phone column with its punctuation removed, the same way on SQLite and PostgreSQL. */
export function digitsOf(column: Expression<string>) {
  return sql<string>`replace(replace(replace(replace(replace(replace(${column}, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')`;
}
