// Rebuilds a clean title from the words of the chosen segment.
// Rule: the title as written, minus noise, company and past roles; C-level and VP titles become their standard acronyms
// (Chief Executive Officer -> CEO, Vice-President / V.P. -> VP); English abbreviations are spelled out (Sr. -> Senior,
// Mgr -> Manager, Dir. -> Director, Eng -> Engineering); "VP Sales" and "Head Marketing" gain their "of";
// text written all in lower or upper case is title-cased. Words in other languages are kept as written.
import type { SegmentReading } from './read-segment';
import { patternTokens } from './title-tokens';

const CANONICAL: ReadonlyArray<readonly [string, string]> = [
  ['vp', 'VP'], ['v p', 'VP'], ['vice president', 'VP'], ['vice-president', 'VP'], ['vicepresident', 'VP'],
  ['svp', 'SVP'], ['senior vice president', 'SVP'], ['evp', 'EVP'], ['executive vice president', 'EVP'],
  ['avp', 'AVP'], ['assistant vice president', 'AVP'], ['associate vice president', 'AVP'],
  ['ceo', 'CEO'], ['chief executive officer', 'CEO'], ['chief executive', 'CEO'],
  ['cto', 'CTO'], ['chief technology officer', 'CTO'], ['chief technical officer', 'CTO'],
  ['cfo', 'CFO'], ['chief financial officer', 'CFO'], ['coo', 'COO'], ['chief operating officer', 'COO'],
  ['chief operations officer', 'COO'], ['cmo', 'CMO'], ['chief marketing officer', 'CMO'], ['cro', 'CRO'],
  ['chief revenue officer', 'CRO'], ['cio', 'CIO'], ['chief information officer', 'CIO'], ['ciso', 'CISO'],
  ['chief information security officer', 'CISO'], ['chro', 'CHRO'], ['chief human resources officer', 'CHRO'],
  ['cpo', 'CPO'], ['cdo', 'CDO'], ['cso', 'CSO'], ['cco', 'CCO'], ['cao', 'CAO'], ['clo', 'CLO'], ['cxo', 'CxO'],
  ['sr', 'Senior'], ['snr', 'Senior'], ['jr', 'Junior'], ['mgr', 'Manager'], ['mngr', 'Manager'], ['dir', 'Director'],
  ['asst', 'Assistant'], ['assoc', 'Associate'], ['exec', 'Executive'], ['eng', 'Engineering'], ['mktg', 'Marketing'],
  ['mkt', 'Marketing'], ['ops', 'Operations'], ['biz dev', 'Business Development'], ['bizdev', 'Business Development'],
  ['coord', 'Coordinator'], ['acct', 'Account'], ['co founder', 'Co-Founder'], ['cofounder', 'Co-Founder'],
  ['i t', 'IT'], ['h r', 'HR'], ['r&d', 'R&D'], ['fp&a', 'FP&A'], ['m&a', 'M&A'], ['l&d', 'L&D'], ['devops', 'DevOps'],
  ['p dg', 'PDG'],
];

const ACRONYMS = new Set([
  'hr', 'it', 'ux', 'ui', 'qa', 'ai', 'ml', 'bi', 'sdr', 'bdr', 'ae', 'csm', 'pm', 'seo', 'sem', 'ppc', 'pr', 'sre', 'ict',
  'ea', 'pa', 'cx', 'crm', 'erp', 'sap', 'edv', 'ti', 'rh', 'rrhh', 'pdg', 'dg', 'bd', 'emea', 'apac', 'dach', 'latam',
  'amer', 'us', 'uk', 'eu', 'nyc', 'b2b', 'b2c', 'saas', 'gtm', 'hrbp', 'pmo', 'dpo', 'daf', 'raf', 'kam', 'ehs', 'hse',
  'swe', 'sde', 'nlp', 'llm', 'iot', 'api', 'smb', 'ii', 'iii', 'iv', 'cpa', 'cfa', 'mba', 'phd', 'gm', 'md', 'vp',
  'pmm', 'tpm', 'apm', 'gpm', 'gtm', 'aws', 'gcp', 'kam', 'dsi', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cro', 'cpo',
]);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** In text written all in one case, a short word without vowels is an acronym ("PMM", "GTM", "SVP"). */
const VOWELLESS_SHORT = /^[b-df-hj-np-tv-xz]{2,4}$/i;

const SMALL_WORDS = new Set([
  'of', 'and', 'the', 'for', 'to', 'in', 'at', 'on', 'a', 'an', 'de', 'la', 'le', 'les', 'des', 'du', 'del', 'della', 'da',
  'do', 'das', 'dos', 'di', 'van', 'der', 'den', 'von', 'und', 'et', 'y', 'e', 'en', 'für', 'voor', 'het',
]);

/** English function names after which "VP", "Head" and "Director" read better with "of". */
const OF_TAKERS = new Set([
  'sales', 'marketing', 'engineering', 'eng', 'product', 'design', 'data', 'finance', 'operations', 'ops', 'people', 'hr',
  'it', 'legal', 'growth', 'partnerships', 'business', 'customer', 'support', 'technology', 'analytics', 'strategy',
  'security', 'talent', 'revenue', 'communications', 'research', 'brand', 'content', 'infrastructure', 'platform', 'demand',
  'digital', 'ecommerce', 'e-commerce', 'procurement', 'recruiting', 'compliance', 'global',
]);

const CANONICAL_INDEX = new Map<string, Array<{ words: string[]; text: string }>>();
for (const [pattern, text] of CANONICAL) {
  const words = patternTokens(pattern);
  const bucket = CANONICAL_INDEX.get(words[0]!) ?? [];
  bucket.push({ words, text });
  bucket.sort((a, b) => b.words.length - a.words.length);
  CANONICAL_INDEX.set(words[0]!, bucket);
}

function titleCase(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (ACRONYMS.has(lower)) return word.toUpperCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  return lower.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

interface Piece { text: string; combiner: boolean; folded: string }

/** The canonical form starting at kept word `k`, when it covers whole words: [text, words used]. */
function canonicalAt(kept: ReadonlyArray<{ combiner: boolean; folded: string[] }>, k: number): [string, number] | undefined {
  const bucket = CANONICAL_INDEX.get(kept[k]!.folded[0] ?? '');
  if (!bucket) return undefined;
  for (const c of bucket) {
    let n = 0;
    let count = 0;
    let ok = true;
    while (count < c.words.length && k + n < kept.length && !kept[k + n]!.combiner) {
      for (const f of kept[k + n]!.folded) {
        if (f !== c.words[count]) { ok = false; break; }
        count++;
      }
      if (!ok) break;
      n++;
    }
    if (ok && count === c.words.length) return [c.text, n];
  }
  return undefined;
}

/** The tidy title of a segment, or '' when nothing is left. */
export function tidyTitle(reading: SegmentReading): string {
  const { words, dropped } = reading;
  const kept: Array<{ raw: string; combiner: boolean; folded: string[] }> = [];
  let hasLower = false;
  let hasUpper = false;
  for (let i = 0; i < words.length; i++) {
    if (dropped.has(i)) continue;
    const w = words[i]!;
    kept.push({ raw: w.raw, combiner: w.combiner, folded: w.parts });
    if (!w.combiner) {
      if (!hasLower && LOWER.test(w.raw)) hasLower = true;
      if (!hasUpper && UPPER.test(w.raw)) hasUpper = true;
    }
  }
  const recase = !hasLower || !hasUpper;
  const pieces: Piece[] = [];
  for (let k = 0; k < kept.length; k++) {
    const w = kept[k]!;
    if (w.combiner) {
      pieces.push({ text: w.raw, combiner: true, folded: w.folded[0] ?? ',' });
      continue;
    }
    const canonical = canonicalAt(kept, k);
    if (canonical) {
      pieces.push({ text: canonical[0], combiner: false, folded: kept.slice(k, k + canonical[1]).flatMap((x) => x.folded).join(' ') });
      k += canonical[1] - 1;
      continue;
    }
    const lower = w.folded.length === 1 ? w.folded[0]! : w.folded.join('-');
    let text = w.raw;
    if (ACRONYMS.has(lower) && text.length <= 5 && (recase || !UPPER.test(text))) text = text.toUpperCase();
    else if (recase && VOWELLESS_SHORT.test(text)) text = text.toUpperCase();
    else if (recase) text = titleCase(text, pieces.length === 0);
    pieces.push({ text, combiner: false, folded: lower });
  }
  return join(withOf(trimCombiners(pieces)));
}

function trimCombiners(pieces: Piece[]): Piece[] {
  let a = 0;
  let b = pieces.length;
  while (a < b && pieces[a]!.combiner) a++;
  while (b > a && pieces[b - 1]!.combiner) b--;
  return pieces.slice(a, b);
}

function withOf(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    out.push(p);
    const next = pieces[k + 1];
    const takesOf = ['VP', 'SVP', 'EVP', 'AVP'].includes(p.text) || p.folded === 'head' || p.folded === 'director';
    if (takesOf && next && !next.combiner && OF_TAKERS.has(next.folded)) out.push({ text: 'of', combiner: false, folded: 'of' });
  }
  return out;
}

function join(pieces: Piece[]): string {
  let out = '';
  for (const p of pieces) {
    if (p.combiner && p.folded === ',') {
      // Commas, semicolons and brackets all read as one comma: "VP Sales (EMEA)" -> "VP of Sales, EMEA".
      if (out && !out.endsWith(',')) out += ',';
    } else {
      out += out ? ` ${p.text}` : p.text;
    }
  }
  return out.endsWith(',') ? out.slice(0, -1) : out;
}
