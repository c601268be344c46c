// `web-ext lint` on a Firefox build: no errors at all, and no warnings or notices from Segue's own code. Findings in
// third-party chunks (assets/vendor-*.js, see vite.config.ts) are printed but do not fail: Segue cannot change them.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface LintMessage { code: string; message: string; file?: string; line?: number }
export interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

export interface LintVerdict { ok: boolean; own: string[]; thirdParty: string[] }

const THIRD_PARTY = /^assets\/vendor-[^/]+\.js$/;

const describe = (kind: string, m: LintMessage) => `${kind} ${m.code} ${m.file ?? 'manifest'}${m.line ? `:${m.line}` : ''}: ${m.message}`;

export function judgeLint(report: LintReport): LintVerdict {
  const own: string[] = report.errors.map((m) => describe('error', m));
  const thirdParty: string[] = [];
  for (const [kind, list] of [['warning', report.warnings], ['notice', report.notices]] as const) {
    for (const m of list) (m.file && THIRD_PARTY.test(m.file) ? thirdParty : own).push(describe(kind, m));
  }
  return { ok: own.length === 0, own, thirdParty };
}

export function lintFirefoxBuild(sourceDir: string): { verdict: LintVerdict; summary: LintReport['summary'] } {
  const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(run.stdout.slice(start)) as LintReport;
  return { verdict: judgeLint(report), summary: report.summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist-firefox');
  const { verdict, summary } = lintFirefoxBuild(dir);
  console.log(`web-ext lint ${dir}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
  for (const line of verdict.thirdParty) console.log(`  third-party, not Segue's code: ${line}`);
  for (const line of verdict.own) console.error(`  ${line}`);
  if (!verdict.ok) {
    console.error('web-ext lint: Segue\'s own code has the findings above.');
    process.exit(1);
  }
}
