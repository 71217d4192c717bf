// Where a bench writes every figure it measured: bench/results/<name>.json (git ignores bench/results/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './next-server.mjs';

export function writeResults(name, results) {
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${join('bench', 'results', `${name}.json`)}`);
}
