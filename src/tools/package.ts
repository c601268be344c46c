// `npm run package`: clean builds for both stores, `web-ext lint` on the Firefox one, and one zip per store in
// release/. The zips are reproducible: same sources, same bytes (entries sorted, fixed timestamps and attributes).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import pkg from '../../package.json' with { type: 'json' };
import { lintFirefoxBuild } from './firefox-lint';
import type { Browser } from './manifests';

const root = resolve(import.meta.dirname, '../..');

/** 1980-01-01 00:00 in local time: the zip format stores local DOS time, so this reads the same in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export interface PackageResult { browser: Browser; file: string; sha256: string; entries: number }

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A zip of the folder with entries in byte order of their paths, fixed times, no extra fields. */
export function reproducibleZip(dir: string): Uint8Array {
  const entries: Zippable = {};
  for (const path of filesUnder(dir)) entries[path] = [readFileSync(join(dir, path)), { level: 9, mtime: FIXED_TIME, os: 3, attrs: 0o100644 << 16 }];
  return zipSync(entries);
}

/** The environment a store build runs in: this one's, less what a test runner adds (VITEST turns crx() off). */
function buildEnv(browser: Browser, outDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  return { ...env, SEGUE_BROWSER: browser, SEGUE_OUT_DIR: outDir, SEGUE_STORE_BUILD: '1' };
}

function build(browser: Browser, outDir: string): void {
  const run = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: buildEnv(browser, outDir) });
  if (run.status !== 0) throw new Error(`The ${browser} build failed.`);
}

export function packageAll(releaseDir = join(root, 'release')): PackageResult[] {
  rmSync(releaseDir, { recursive: true, force: true });
  mkdirSync(releaseDir, { recursive: true });
  const results: PackageResult[] = [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const buildDir = join(releaseDir, `build-${browser}`);
    build(browser, buildDir);
    const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== pkg.version) throw new Error(`The ${browser} manifest says ${manifest.version}, package.json ${pkg.version}.`);
    if (browser === 'firefox') {
      const { verdict, summary } = lintFirefoxBuild(buildDir);
      for (const line of verdict.thirdParty) console.log(`web-ext lint, third-party code: ${line}`);
      if (!verdict.ok) throw new Error(`web-ext lint found problems in Segue's own code:\n${verdict.own.join('\n')}`);
      console.log(`web-ext lint: ${summary.errors} errors, ${summary.warnings} warnings (${verdict.thirdParty.length} in third-party code), ${summary.notices} notices`);
    }
    const zip = reproducibleZip(buildDir);
    const file = join(releaseDir, `segue-${pkg.version}-${browser}.zip`);
    writeFileSync(file, zip);
    results.push({ browser, file, sha256: createHash('sha256').update(zip).digest('hex'), entries: filesUnder(buildDir).length });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of packageAll()) console.log(`${relative(root, r.file)}  ${r.entries} files  sha256 ${r.sha256}`);
}
