/**
 * JSON written piece by piece, so a large document never sits in memory whole.
 *
 * A document is a plain value in which any array may be replaced by an
 * AsyncIterable: `serializeJson` writes the plain parts at once and pulls the
 * iterable's items only when the writer reaches them, one at a time. The text
 * is exactly what `JSON.stringify(value, null, 2)` would give for the same
 * document with every iterable read into an array (the tests hold it to that).
 */

export type StreamedArray<T> = AsyncIterable<T>;

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

/** True when the value holds no iterable anywhere, so JSON.stringify can write it in one go. */
function isPlain(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (isAsyncIterable(value)) return false;
  return (Array.isArray(value) ? value : Object.values(value)).every(isPlain);
}

const INDENT = "  ";
const BATCH_CHARS = 16 * 1024;

/** JSON.stringify(value, null, 2), indented to sit at `pad`. */
function stringifyAt(value: unknown, pad: string): string {
  const text = JSON.stringify(value, null, 2);
  // JSON.stringify gives undefined for undefined (and functions); inside an array that is null, as JSON.stringify writes it.
  if (text === undefined) return "null";
  return pad === "" ? text : text.replaceAll("\n", `\n${pad}`);
}

/**
 * The document's JSON text, in pieces, indented by two spaces as JSON.stringify(value, null, 2).
 * What it holds at once: the piece being written (about BATCH_CHARS) and the item being read.
 */
export async function* serializeJson(value: unknown, depth = 0): AsyncGenerator<string> {
  const pad = INDENT.repeat(depth);
  if (isPlain(value)) {
    yield stringifyAt(value, pad);
    return;
  }
  const inner = pad + INDENT;
  if (isAsyncIterable(value) || Array.isArray(value)) {
    let first = true;
    // Plain items (a call record) are written into one piece of about BATCH_CHARS, rather than one
    // piece each: a piece passes up through every enclosing generator, which costs more than writing it.
    let batch = "[";
    // for await reads a plain array too; an iterable is read only now, when the writer gets here.
    for await (const item of value as AsyncIterable<unknown>) {
      batch += `${first ? "" : ","}\n${inner}`;
      first = false;
      if (isPlain(item)) {
        batch += stringifyAt(item, inner);
        if (batch.length < BATCH_CHARS) continue;
        yield batch;
      } else {
        yield batch;
        yield* serializeJson(item, depth + 1);
      }
      batch = "";
    }
    yield batch + (first ? "]" : `\n${pad}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined && typeof item !== "function");
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* serializeJson(item, depth + 1);
  }
  yield `\n${pad}}`;
}

/** The pieces joined into chunks of at least `size` characters (the last may be shorter), so a stream or a store handles few large ones. */
export async function* inChunks(pieces: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join("");
}

/**
 * A byte stream that pulls the next chunk only when its reader asks for one
 * (a slow download holds one chunk, not the document). Cancelling the stream
 * (the person closed the tab) stops the source.
 */
export function textStream(chunks: AsyncIterable<string>, onError?: (error: unknown) => void): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          onError?.(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** Reads an iterable of pages into one flat sequence: each page is fetched after the previous one is used. */
export async function* keysetBatches<Row, Cursor>(
  readPage: (after: Cursor | null, limit: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  batchSize: number,
): AsyncGenerator<Row> {
  let after: Cursor | null = null;
  for (;;) {
    const page = await readPage(after, batchSize);
    yield* page;
    if (page.length < batchSize) return;
    after = cursorOf(page[page.length - 1]!);
  }
}
