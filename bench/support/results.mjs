// What a bench does with its figures: a measurement that fails becomes a row that says why, and every
// figure is written to bench/results/<name>.json (git ignores bench/results/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './next-server.mjs';

export function writeResults(name, results) {
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${join('bench', 'results', `${name}.json`)}`);
}

/** Runs `fn`; on error, keeps the message so the row says why it was not measured. */
export async function attempt(label, fn) {
  try {
    return await fn();
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(`${label}: ${message}`);
    return { error: message };
  }
}
