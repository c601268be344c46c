// The JavaScript an extension page loads before anything else: its entry script and every chunk reached through
// static imports (dynamic import() chunks load later, on demand). `npx tsx tests/bench/support/initial-js.ts
// [page.html]` prints their gzip size; the e2e test uses the chunk list to check the dashboard's split.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** Paths under dist/, entry first. */
  chunks: string[];
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

export function staticImports(code: string): string[] {
  // import("./x.js") is dynamic: the regex needs the quote right after `import`/`from`, so `import(` never matches.
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export function initialJs(dist: string, htmlPath: string): InitialJs {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) visit(posix.join(posix.dirname(file), spec));
  };
  entries.forEach(visit);
  const chunks = [...seen];
  const gzipBytes = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { chunks, gzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(dirname(new URL(import.meta.url).pathname), '../../../dist');
  const page = process.argv[2] ?? 'src/ui/options/index.html';
  const { chunks, gzipBytes } = initialJs(dist, page);
  for (const c of chunks) console.log(`  ${c}`);
  console.log(`${page}: ${chunks.length} chunks, ${(gzipBytes / 1000).toFixed(1)} kB gzip up front`);
}
