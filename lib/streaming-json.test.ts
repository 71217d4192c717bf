import { describe, expect, it } from "vitest";
import { inChunks, keysetBatches, serializeJson, textStream } from "./streaming-json";

async function* items<T>(values: T[], onRead?: (value: T) => void): AsyncGenerator<T> {
  for (const value of values) {
    onRead?.(value);
    yield value;
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

const text = async (value: unknown) => (await collect(serializeJson(value))).join("");

describe("serializeJson", () => {
  const plain = {
    format: "x/2",
    empty: {},
    none: [],
    skipped: undefined,
    nested: { list: [1, "two", null, { three: [3] }], flag: true, quote: "a \"quoted\" line\nand ü" },
  };

  it("writes exactly what JSON.stringify(value, null, 2) writes, for plain values", async () => {
    expect(await text(plain)).toBe(JSON.stringify(plain, null, 2));
    for (const value of [null, 1, "s", [], {}, [[]], [{}], { a: [] }, [undefined]]) expect(await text(value)).toBe(JSON.stringify(value, null, 2));
  });

  it("writes an iterable as the array it reads into, at any depth", async () => {
    const rows = [{ a: 1 }, { a: 2, b: [1, 2] }];
    const streamed = { top: items([1, 2]), nested: { rows: items(rows), empty: items([]) }, list: [items(["x"])] };
    const materialized = { top: [1, 2], nested: { rows, empty: [] }, list: [["x"]] };
    expect(await text(streamed)).toBe(JSON.stringify(materialized, null, 2));
  });

  it("reads an iterable only when the writer reaches it, and holds about 16 KB of it at a time", async () => {
    const read: number[] = [];
    const row = (index: number) => ({ index, padding: "x".repeat(1_000) });
    const rows = Array.from({ length: 200 }, (_, index) => index);
    const pieces = serializeJson({ before: "a", rows: items(rows.map(row), (value) => read.push(value.index)), after: "b" });
    let written = "";
    for (let next = await pieces.next(); !next.done; next = await pieces.next()) {
      written += next.value;
      if (!written.includes('"rows"')) expect(read).toEqual([]);
      // Each piece is about 16 KB of items, and every item read is in what was written.
      expect(next.value.length).toBeLessThan(16 * 1024 + 1_100);
      expect(read.length - (written.match(/"index"/g) ?? []).length).toBeLessThanOrEqual(1);
    }
    expect(read).toEqual(rows);
  });
});

describe("inChunks", () => {
  it("joins pieces into chunks of at least the size, and keeps every character in order", async () => {
    const pieces = Array.from({ length: 100 }, (_, index) => `piece ${index};`);
    const chunks = await collect(inChunks(items(pieces), 50));
    expect(chunks.join("")).toBe(pieces.join(""));
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(50);
    expect(chunks.every((chunk) => chunk.length < 50 + 10)).toBe(true);
    expect(await collect(inChunks(items([]), 50))).toEqual([]);
  });
});

describe("keysetBatches", () => {
  it("asks for each page after the last row of the one before, and stops at a short page", async () => {
    const rows = Array.from({ length: 7 }, (_, index) => index);
    const asked: (number | null)[] = [];
    const read = await collect(
      keysetBatches(
        async (after: number | null, limit: number) => {
          asked.push(after);
          return rows.filter((row) => after === null || row > after).slice(0, limit);
        },
        (row) => row,
        3,
      ),
    );
    expect(read).toEqual(rows);
    expect(asked).toEqual([null, 2, 5]);
  });
});

describe("textStream", () => {
  it("pulls a chunk from its source only when the reader asks for one", async () => {
    const pulled: string[] = [];
    const stream = textStream(items(["a", "b", "c"], (value) => pulled.push(value)));
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("a");
    // The stream may hold one chunk ready ahead of its reader (its high-water mark), never the rest.
    expect(pulled.length).toBeLessThanOrEqual(2);
    expect(decoder.decode((await reader.read()).value)).toBe("b");
    expect(decoder.decode((await reader.read()).value)).toBe("c");
    expect((await reader.read()).done).toBe(true);
  });

  it("stops the source when the reader cancels", async () => {
    let finished = false;
    async function* source() {
      try {
        for (;;) yield "x";
      } finally {
        finished = true;
      }
    }
    const reader = textStream(source()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
