import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache";

function memoryDatabase() {
  const sqlite = new BetterSqlite3(":memory:");
  sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('a'), ('b'), ('c');");
  return sqlite;
}

describe("prepared statements kept by SQL text", () => {
  it("prepares a statement once and answers each use with its own parameters", () => {
    const db = withStatementCache(memoryDatabase());
    const first = db.prepare("select name from t where id = ?");
    expect(db.prepare("select name from t where id = ?")).toBe(first);
    expect(first.all([1])).toEqual([{ name: "a" }]);
    expect(db.prepare("select name from t where id = ?").all([3])).toEqual([{ name: "c" }]);
    expect(db.cachedStatements).toBe(1);
  });

  it("never hands out a statement that an unfinished iteration is still reading", () => {
    const db = withStatementCache(memoryDatabase());
    const sql = "select name from t order by id";
    const iteration = db.prepare(sql).iterate([]);
    expect(iteration.next().value).toEqual({ name: "a" });
    // A second reader while the first is half way: its own statement, and the first reader is undisturbed.
    expect(db.prepare(sql).all([])).toEqual([{ name: "a" }, { name: "b" }, { name: "c" }]);
    expect([...iteration]).toEqual([{ name: "b" }, { name: "c" }]);
  });

  it("keeps at most `capacity` statements, dropping the least recently used", () => {
    const db = withStatementCache(memoryDatabase(), 2);
    const one = db.prepare("select 1");
    db.prepare("select 2");
    db.prepare("select 1");
    db.prepare("select 3");
    expect(db.cachedStatements).toBe(2);
    expect(db.prepare("select 1")).toBe(one);
  });

  it("sees writes made through it and through the connection itself", () => {
    const sqlite = memoryDatabase();
    const db = withStatementCache(sqlite);
    const count = () => db.prepare("select count(*) as n from t").all([]);
    expect(count()).toEqual([{ n: 3 }]);
    db.prepare("insert into t (name) values (?)").run(["d"]);
    sqlite.exec("insert into t (name) values ('e')");
    expect(count()).toEqual([{ n: 5 }]);
  });
});
