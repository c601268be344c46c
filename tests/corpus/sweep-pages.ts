// `npx tsx tests/corpus/sweep-pages.ts [limit]`: runs the capture pipeline over every HTML file in the fetched
// website mirrors (/work/.mirror/<owner>+<repo>, bare git dirs) that the page corpus does not label, and prints what
// needs no label to be wrong: a thrown error, a slow page, a name or title that cannot be one. A crash and sanity
// sweep over real pages, not an accuracy figure.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromHtml } from '../../src/cli/commands/extract';

const MIRRORS = process.env.SEGUE_MIRRORS ?? '/work/.mirror';
const limit = Number(process.argv[2] ?? 2000);
/** With SEGUE_SWEEP_OUT=<file.jsonl>, every page's people (name, title) are written there, one page per line. */
const outFile = process.env.SEGUE_SWEEP_OUT;
if (outFile) writeFileSync(outFile, '');
const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }).toString();

interface Finding { file: string; problem: string }
const findings: Finding[] = [];
let pages = 0;
let withPeople = 0;
const slow: [string, number][] = [];

function oddName(name: string): string | null {
  if (/\d|@|https?:|[<>{}]/.test(name)) return 'has digits, @, a URL or markup';
  if (name.split(/\s+/).length > 6) return 'more than 6 words';
  if (name === name.toLowerCase() && /[a-z]/.test(name)) return 'all lower case';
  return null;
}
function oddTitle(title: string): string | null {
  if (title.length > 120) return 'longer than 120 characters';
  if (/[.!?]\s+[A-Z][a-z]+\s+\w+/.test(title)) return 'two sentences';
  if (/[<>{}]/.test(title)) return 'markup';
  return null;
}

outer: for (const repo of readdirSync(MIRRORS).sort()) {
  const dir = [join(MIRRORS, repo, 'repo'), join(MIRRORS, repo)].find((d) => existsSync(join(d, 'HEAD'))) ?? '';
  if (!dir) continue;
  let files: string[];
  try { files = git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((f) => /\.html?$/i.test(f)); } catch { continue; }
  const host = repo.split('+')[1] ?? repo;
  for (const file of files) {
    if (pages >= limit) break outer;
    let html: string;
    try { html = git(dir, 'show', `HEAD:${file}`); } catch { continue; }
    if (html.length > 3_000_000 || html.length < 200) continue;
    pages++;
    const where = `${repo}:${file}`;
    const url = new URL(`https://${host.includes('.') ? host : `${host}.example.org`}/${file}`);
    const t0 = performance.now();
    try {
      const result = await extractFromHtml(html, url);
      const ms = performance.now() - t0;
      if (ms > 1500) slow.push([where, Math.round(ms)]);
      const people = result.ok ? result.people.map((draft) => draft.fields) : [];
      if (people.length) withPeople++;
      if (outFile) appendFileSync(outFile, JSON.stringify({ page: where, people: people.map((p) => [p.fullName, p.title ?? '']) }) + '\n');
      for (const p of people) {
        const n = p.fullName && oddName(p.fullName);
        if (n) findings.push({ file: where, problem: `name "${p.fullName}": ${n}` });
        const t = p.title && oddTitle(p.title);
        if (t) findings.push({ file: where, problem: `title "${p.title!.slice(0, 140)}": ${t}` });
      }
    } catch (err) {
      findings.push({ file: where, problem: `threw: ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' | ') : String(err)}` });
    }
  }
}

console.log(`${pages} pages, ${withPeople} with at least one person`);
console.log(`slow (> 1.5 s): ${slow.length}`);
for (const [f, ms] of slow.sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms} ms  ${f}`);
console.log(`findings: ${findings.length}`);
for (const f of findings) console.log(`  ${f.file}\n    ${f.problem}`);
