// Builds the benchmark's own browser code (tests/bench/browser/*) into <dist>/bench/, next to the built extension:
// an extension page (same origin, so the same IndexedDB as the service worker) and a Web Worker script.
// Product code is imported as is; nothing of the product build changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { DIST } from '../../e2e/chromium';

const ENTRIES = {
  'bench-page.js': 'bench-page.ts',
  'match-worker.js': 'match-worker.ts',
} as const;

let built: Promise<void> | null = null;

/** Builds once per process; returns the page's path inside the extension. */
export async function buildBenchBundle(): Promise<string> {
  built ??= (async () => {
    const outDir = join(DIST, 'bench');
    mkdirSync(outDir, { recursive: true });
    for (const [fileName, entry] of Object.entries(ENTRIES)) {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          // BENCH_PROFILE keeps function names for CPU profiles (tests/bench/profile-import.ts).
          minify: !process.env.BENCH_PROFILE,
          target: 'chrome120',
          lib: { entry: resolve(import.meta.dirname, '../browser', entry), formats: ['iife'], name: 'segueBench', fileName: () => fileName },
        },
      });
    }
    writeFileSync(join(outDir, 'bench.html'),
      '<!doctype html><html><head><meta charset="utf-8"><title>Segue bench</title></head><body><script src="bench-page.js"></script></body></html>\n');
  })();
  await built;
  return 'bench/bench.html';
}
