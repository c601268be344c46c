// Scores the page corpus (real saved pages, kept out of tree) through the `extract` CLI's own path: per source and
// per field, correct / labelled, for the pages developed on and the pages held back.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFromHtml } from '../../src/cli/commands/extract';
import { toCliShape } from '../../src/adapters/pipeline';
import { parseCompanySize, type CompanyDraft } from '../../src/domain/companies';

export interface PageSpec {
  url: string;
  source: string;
  heldOut?: boolean;
  noPerson?: boolean;
  /** Team pages: a sample of the people listed (name, or names accepted, and title when the page gives one). */
  people?: Array<{ name: string | string[]; title?: string; email?: string }>;
  /** Team pages: how many people the page lists. */
  peopleCount?: number;
  /** Company pages (LinkedIn company, GitHub organization): the company a rep would save, as the page shows it. */
  company?: { name?: string; domain?: string; industry?: string; size?: string; location?: string };
  expected?: {
    name?: string | string[];
    title?: string | string[];
    company?: string;
    location?: string;
    emails?: string[];
    phones?: string[];
    profiles?: Record<string, string>;
  };
}

export type Tally = Record<string, Record<string, { correct: number; total: number }>>;

export interface CorpusScore {
  dir: string;
  pages: number;
  bySource: Tally;
  dev: { correct: number; total: number };
  heldOut: { correct: number; total: number };
  misses: string[];
}

export { corpusCandidates, findCorpus } from './corpus-location';

function norm(text: unknown): string {
  return typeof text === 'string'
    ? text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    : '';
}

export function normUrl(url: unknown): string {
  if (typeof url !== 'string') return '';
  return url.trim().toLowerCase().replace(/^https?:\/\/(www\.|mobile\.)?/, '').replace(/^twitter\.com\//, 'x.com/').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

type Shape = Record<string, unknown>;

/** The fields checked on one page: [field, correct, explanation]. */
export function checkPage(spec: PageSpec, shape: Shape, company?: CompanyDraft): Array<[string, boolean, string]> {
  const got = (field: string) => JSON.stringify(shape[field] ?? null);
  if (spec.noPerson) return [['no-person', typeof shape.error === 'string', `expected no person, got ${JSON.stringify(shape.name ?? shape.error)}`], ...checkCompany(spec, company)];
  const e = spec.expected ?? {};
  const out: Array<[string, boolean, string]> = [['person', typeof shape.error !== 'string', `expected a person, got error ${JSON.stringify(shape.error)}`]];
  if (e.name !== undefined) {
    const names = Array.isArray(e.name) ? e.name : [e.name];
    out.push(['name', names.some((n) => norm(n) === norm(shape.name)), `name: expected ${JSON.stringify(e.name)}, got ${got('name')}`]);
  }
  if (e.title !== undefined) {
    const wanted = Array.isArray(e.title) ? e.title : [e.title];
    out.push(['title', wanted.some((t) => norm(t) === norm(shape.title)), `title: expected ${JSON.stringify(e.title)}, got ${got('title')}`]);
  }
  if (e.company !== undefined) out.push(['company', norm(shape.company) === norm(e.company), `company: expected ${JSON.stringify(e.company)}, got ${got('company')}`]);
  if (e.location !== undefined) {
    const a = norm(shape.location);
    out.push(['location', Boolean(a) && (a.includes(norm(e.location)) || norm(e.location).includes(a)), `location: expected ${JSON.stringify(e.location)}, got ${got('location')}`]);
  }
  for (const field of ['emails', 'phones'] as const) {
    if (e[field] === undefined) continue;
    const a = ((shape[field] as string[] | undefined) ?? []).map((x) => x.toLowerCase().replace(/[^\d+a-z@.]/g, '')).sort();
    const b = e[field]!.map((x) => x.toLowerCase().replace(/[^\d+a-z@.]/g, '')).sort();
    out.push([field, a.length === b.length && a.every((x, i) => x === b[i]), `${field}: expected ${JSON.stringify(e[field])}, got ${got(field)}`]);
  }
  out.push(...checkPeople(spec, shape), ...checkCompany(spec, company));
  for (const [network, url] of Object.entries(e.profiles ?? {})) {
    const profiles = (shape.profiles as Record<string, string> | undefined) ?? {};
    out.push(['profile', normUrl(profiles[network]) === normUrl(url), `profiles.${network}: expected ${url}, got ${JSON.stringify(profiles[network] ?? null)}`]);
  }
  return out;
}

/** A head count within the band the page declares ("51-200 employees", "10,001+ employees", "11-50"). */
function inSizeBand(size: number, band: string): boolean {
  const low = parseCompanySize(band);
  if (low === undefined) return false;
  const high = /\d\s*[-–]\s*(\d[\d,.]*)/.exec(band)?.[1];
  const top = high ? parseCompanySize(high)! : /\+/.test(band) ? Infinity : low;
  return size >= low && size <= top;
}

/** Company pages: the company draft's name, domain, industry, size (a head count within the page's band) and location. */
export function checkCompany(spec: PageSpec, company: CompanyDraft | undefined): Array<[string, boolean, string]> {
  const e = spec.company;
  if (!e) return [];
  const f = company?.fields;
  const out: Array<[string, boolean, string]> = [];
  const show = (value: unknown) => JSON.stringify(value ?? null);
  if (e.name !== undefined) out.push(['company-name', norm(f?.name) === norm(e.name), `company name: expected ${JSON.stringify(e.name)}, got ${show(f?.name)}`]);
  if (e.domain !== undefined) out.push(['company-domain', (f?.domain ?? '') === e.domain, `company domain: expected ${e.domain}, got ${show(f?.domain)}`]);
  if (e.industry !== undefined) out.push(['company-industry', norm(f?.industry) === norm(e.industry), `company industry: expected ${JSON.stringify(e.industry)}, got ${show(f?.industry)}`]);
  if (e.size !== undefined) out.push(['company-size', f?.size !== undefined && inSizeBand(f.size, e.size), `company size: expected ${JSON.stringify(e.size)}, got ${show(f?.size)} (${show(f?.sizeLabel)})`]);
  if (e.location !== undefined) {
    const loc = f?.location;
    const a = norm(loc ? loc.raw ?? [loc.city, loc.region, loc.country].filter(Boolean).join(', ') : '');
    out.push(['company-location', Boolean(a) && (a.includes(norm(e.location)) || norm(e.location).includes(a)), `company location: expected ${JSON.stringify(e.location)}, got ${show(loc)}`]);
  }
  return out;
}

/**
 * Team pages: each sampled member is found by name ('member') with their title ('member-title'); the page yields at
 * least 90% of its people ('people-found') and no more people than it lists ('no-extra').
 */
function checkPeople(spec: PageSpec, shape: Shape): Array<[string, boolean, string]> {
  if (!spec.people) return [];
  const listed = (shape.people as Shape[] | undefined) ?? (typeof shape.name === 'string' ? [shape] : []);
  const out: Array<[string, boolean, string]> = [];
  for (const member of spec.people) {
    const names = (Array.isArray(member.name) ? member.name : [member.name]).map(norm);
    const found = listed.find((p) => names.includes(norm(p.name)));
    out.push(['member', Boolean(found), `member ${JSON.stringify(member.name)} not among ${JSON.stringify(listed.map((p) => p.name))}`]);
    if (member.email !== undefined) {
      const emails = ((found?.emails as string[] | undefined) ?? []).map((x) => x.toLowerCase());
      out.push(['member-email', emails.includes(member.email.toLowerCase()), `member ${JSON.stringify(member.name)} email: expected ${member.email}, got ${JSON.stringify(found?.emails ?? null)}`]);
    }
    if (member.title !== undefined) out.push(['member-title', Boolean(found) && norm(found!.title) === norm(member.title), `member ${JSON.stringify(member.name)} title: expected ${JSON.stringify(member.title)}, got ${JSON.stringify(found?.title ?? null)}`]);
  }
  if (spec.peopleCount !== undefined) {
    out.push(['people-found', listed.length >= Math.ceil(spec.peopleCount * 0.9), `people: expected ${spec.peopleCount}, got ${listed.length}`]);
    out.push(['no-extra', listed.length <= spec.peopleCount, `people: expected at most ${spec.peopleCount}, got ${listed.length}: ${JSON.stringify(listed.map((p) => p.name))}`]);
  }
  return out;
}

export async function scoreCorpus(dir: string): Promise<CorpusScore> {
  const score: CorpusScore = { dir, pages: 0, bySource: {}, dev: { correct: 0, total: 0 }, heldOut: { correct: 0, total: 0 }, misses: [] };
  const ids = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();
  for (const id of ids) {
    const spec = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8')) as PageSpec;
    const htmlPath = join(dir, `${id}.html`);
    if (!existsSync(htmlPath)) continue;
    score.pages++;
    const result = await extractFromHtml(readFileSync(htmlPath, 'utf8'), new URL(spec.url));
    const shape = toCliShape(result) as Shape;
    for (const [field, ok, why] of checkPage(spec, shape, result.company)) {
      const row = ((score.bySource[spec.source] ??= {})[field] ??= { correct: 0, total: 0 });
      row.total++;
      const bucket = spec.heldOut ? score.heldOut : score.dev;
      bucket.total++;
      if (ok) {
        row.correct++;
        bucket.correct++;
      } else score.misses.push(`${id}${spec.heldOut ? ' (held out)' : ''}: ${why}`);
    }
  }
  return score;
}

export function formatScore(score: CorpusScore): string {
  const fields = [...new Set(Object.values(score.bySource).flatMap((r) => Object.keys(r)))].sort();
  const width = (f: string) => Math.max(8, f.length);
  const cell = (c: { correct: number; total: number } | undefined, w = 8) => (c ? `${c.correct}/${c.total}` : '-').padStart(w);
  const lines = [`${'source'.padEnd(14)}${fields.map((f) => `  ${f.padStart(width(f))}`).join('')}       all`];
  const totals: Record<string, { correct: number; total: number }> = {};
  for (const [source, row] of Object.entries(score.bySource).sort()) {
    let c = 0;
    let t = 0;
    for (const [f, v] of Object.entries(row)) {
      c += v.correct;
      t += v.total;
      const tot = (totals[f] ??= { correct: 0, total: 0 });
      tot.correct += v.correct;
      tot.total += v.total;
    }
    lines.push(`${source.padEnd(14)}${fields.map((f) => `  ${cell(row[f], width(f))}`).join('')}  ${cell({ correct: c, total: t }, 8)}`);
  }
  const all = Object.values(totals).reduce((a, v) => ({ correct: a.correct + v.correct, total: a.total + v.total }), { correct: 0, total: 0 });
  lines.push(`${'all'.padEnd(14)}${fields.map((f) => `  ${cell(totals[f], width(f))}`).join('')}  ${cell(all, 8)}`);
  const pct = (x: { correct: number; total: number }) => (x.total ? ((100 * x.correct) / x.total).toFixed(1) : '-');
  lines.push(`developed-on pages: ${score.dev.correct}/${score.dev.total} (${pct(score.dev)}%); held-out pages: ${score.heldOut.correct}/${score.heldOut.total} (${pct(score.heldOut)}%)`);
  return lines.join('\n');
}

export interface TitleScore {
  total: number;
  seniority: number;
  department: number;
  misses: string[];
}

/** Real titles seen on the corpus pages, labelled by LABELLING.md and never used to tune the parser (held-out-titles.tsv). */
export function scoreHeldOutTitles(dir: string, parse: (title: string) => { seniority: string; department: string }): TitleScore | undefined {
  const path = join(dir, 'held-out-titles.tsv');
  if (!existsSync(path)) return undefined;
  const [, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const score: TitleScore = { total: 0, seniority: 0, department: 0, misses: [] };
  for (const line of lines) {
    const [title, seniority, department] = line.split('\t');
    if (!title) continue;
    const got = parse(title);
    score.total++;
    if (got.seniority === seniority) score.seniority++;
    if (got.department === department) score.department++;
    if (got.seniority !== seniority || got.department !== department) score.misses.push(`${title} → ${got.seniority}/${got.department}, labelled ${seniority}/${department}`);
  }
  return score;
}
