// `npx tsx tests/corpus/sweep-imports.ts [limit]`: runs the import preview over every .csv, .tsv and .vcf file in the
// fetched mirrors (/work/.mirror/<owner>+<repo>), whatever they hold, and prints what needs no label to be wrong: a
// thrown error (a file must get a clear message, never an exception) or a slow file. A crash sweep, not an accuracy figure.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { previewImport } from '../../src/db/import/preview';

const MIRRORS = process.env.SEGUE_MIRRORS ?? '/work/.mirror';
const limit = Number(process.argv[2] ?? 5000);
const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });

let files = 0;
let importable = 0;
const refused = new Map<string, number>();
const problems: string[] = [];
outer: for (const repo of readdirSync(MIRRORS).sort()) {
  const dir = [join(MIRRORS, repo, 'repo'), join(MIRRORS, repo)].find((d) => existsSync(join(d, 'HEAD')));
  if (!dir) continue;
  let paths: string[];
  try { paths = git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').toString().split('\n').filter((f) => /\.(csv|tsv|vcf)$/i.test(f)); } catch { continue; }
  for (const path of paths) {
    if (files >= limit) break outer;
    let bytes: Buffer;
    try { bytes = git(dir, 'show', `HEAD:${path}`); } catch { continue; }
    if (bytes.length > 5_000_000) continue;
    files++;
    const t0 = performance.now();
    try {
      const preview = previewImport(new Uint8Array(bytes));
      const ms = performance.now() - t0;
      if (ms > 3000) problems.push(`${repo}:${path}: ${Math.round(ms)} ms for ${bytes.length} bytes`);
      if (preview.fileErrors.length) refused.set(preview.fileErrors[0]!.slice(0, 60), (refused.get(preview.fileErrors[0]!.slice(0, 60)) ?? 0) + 1);
      else if (preview.validCount) importable++;
    } catch (err) {
      problems.push(`${repo}:${path}: threw ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' | ') : String(err)}`);
    }
  }
}
console.log(`${files} files, ${importable} with rows to import`);
console.log('refused, by first message:');
for (const [message, n] of [...refused].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${message}`);
console.log(`problems: ${problems.length}`);
for (const p of problems) console.log(`  ${p}`);
