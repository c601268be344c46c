// Title intelligence: seniority, department, a tidy title and the company from a job title or a profile headline.
// Keyword tables (seniority-table.ts, department-table.ts) do the knowing; this file only splits and resolves:
//   1. cut the text into segments at pipes, bullets, spaced dashes and emoji ("CEO at Acme | Speaker | Dad");
//   2. take the company off each segment ("at Acme", "@Acme", "bei Acme", "chez Acme", "na Acme" …);
//   3. read each segment's roles (longest keyword phrase first; "former"/"aspiring"/"assistant to" scopes);
//   4. the segment with the highest level is the title; its department is the function it names, then the function of
//      another role in the headline, then `executive` for top roles, then a function-only segment ("Director | Sales"),
//      else `other`.
import type { Department, Seniority } from '../prospect';
import { partDepartments, readSegment, rankOf, segmentDepartment, type SegmentReading } from './read-segment';
import type { Level } from './seniority-table';
import { isKnownWord } from './title-lexicon';
import { foldWord } from './title-tokens';
import { tidyTitle } from './tidy-title';

export interface ParsedTitle {
  seniority: Seniority;
  /** The primary function (the first of `departments`). */
  department: Department;
  /** Every function the title's role names, primary first ("Head of Sales & Partnerships": sales, business_development). */
  departments: Department[];
  /** The role as a clean title without noise or company ("VP of Sales", "Founder & CEO"); '' when no role is named. */
  normalizedTitle: string;
  company?: string;
}

const MAX_LENGTH = 400;
const INVISIBLE = /[\u200B-\u200D\u2060\uFE0E\uFE0F\u00AD]/g;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]/gu;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const PRONOUNS = /\(\s*(?:she|he|they|her|him|them|xe|ze|sie|er|elle|il|ella|él|iel)(?:\s*\/\s*[\p{L}]+)*\s*\)/giu;
const GENDER_MARKER = /\(\s*[mwfdxh*]\s*(?:\/\s*[mwfdxh*]\s*)+\)/giu;
const NON_ASCII = /[^\x00-\x7F]/;
const SEGMENT_BREAK = /\||[•·▪►◆★✦✔➤→⋅∙●■♦❖]|\s[-–—~]\s|[–—]|\/\/|::|[\n\r\t]/u;
/** "at Acme", "@ Acme", "@Acme": always a company. */
const STRONG_COMPANY = /\s(?:at|@)\s+|@(?=[\p{L}\d])/iu;
/** "bei Acme", "chez Acme", "en Acme", "na Acme", "bij Acme": a company only if the next word is capitalised and not a title word. */
const WEAK_COMPANY = /\s(?:chez|bei|bij|en|na|no|em|presso)\s+(?=[\p{Lu}\d])/u;
/** "Founder of Acme", "CEO of Acme": a company after a top role when the next word is not a title word. */
const OF_WORD = /\s(?:of|von|de|van|da|do)\s/i;
const OF_COMPANY = new RegExp(
  `(?:^|\\s)(?:${['founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'ceo', 'president', 'partner', 'gründer', 'inhaber',
    'fondateur', 'fondatrice', 'fundador', 'fundadora', 'oprichter', 'eigenaar'].join('|')})\\s+(?:of|von|de|van|da|do)\\s+(?=[\\p{Lu}\\d])`,
  'iu',
);

interface Segment {
  reading: SegmentReading;
  company?: string;
}

function firstWordFolded(text: string): string {
  const m = /[\p{L}\p{N}]+/u.exec(text);
  return m ? foldWord(m[0]) : '';
}

function cleanCompany(text: string): string | undefined {
  const cleaned = text.replace(/^[\s,;:@]+|[\s,;:!?\-–—]+$/gu, '').replace(/\s+/g, ' ');
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : undefined;
}

/** Splits "Head of Sales at Acme" into the role text and the company. */
function splitCompany(segment: string): { role: string; company?: string } {
  const strong = STRONG_COMPANY.exec(segment);
  if (strong) {
    const rest = segment.slice(strong.index + strong[0].length);
    const allLower = !/\p{Lu}/u.test(segment);
    // "Attorney at Law" names no company: a lone title word after "at" stays in the title.
    const loneTitleWord = !/\s/.test(rest.trim()) && isKnownWord(firstWordFolded(rest));
    if (rest && !loneTitleWord && (allLower || !/^\p{Ll}/u.test(rest) || strong[0].includes('@'))) {
      return { role: segment.slice(0, strong.index), company: cleanCompany(rest) };
    }
  }
  for (const pattern of [WEAK_COMPANY, OF_COMPANY]) {
    if (pattern === OF_COMPANY && !OF_WORD.test(segment)) continue;
    const weak = pattern.exec(segment);
    if (!weak) continue;
    const rest = segment.slice(weak.index + weak[0].length);
    if (isKnownWord(firstWordFolded(rest))) continue;
    const role = pattern === OF_COMPANY ? segment.slice(0, weak.index + weak[0].length).replace(/\s+\S+\s+$/u, '') : segment.slice(0, weak.index);
    return { role, company: cleanCompany(rest) };
  }
  return { role: segment };
}

function segmentsOf(text: string): Segment[] {
  let cleaned = text.slice(0, MAX_LENGTH);
  if (NON_ASCII.test(cleaned)) cleaned = cleaned.normalize('NFC').replace(INVISIBLE, '').replace(EMOJI, ' | ');
  if (cleaned.includes('(')) cleaned = cleaned.replace(PRONOUNS, ' ').replace(GENDER_MARKER, ' ');
  if (cleaned.includes('#')) cleaned = cleaned.replace(HASHTAG, ' ');
  const segments: Segment[] = [];
  for (const part of cleaned.split(SEGMENT_BREAK)) {
    if (!/[\p{L}\p{N}]/u.test(part)) continue;
    const { role, company } = splitCompany(part.trim());
    segments.push({ reading: readSegment(role), company });
  }
  return segments;
}

const TOP = new Set<Level>(['owner', 'founder', 'c_suite', 'partner']);

function chooseDepartment(primary: Segment | undefined, segments: Segment[], level: Level | undefined): Department {
  if (primary) {
    const own = segmentDepartment(primary.reading, false);
    if (own) return own;
  }
  const others = segments.filter((s) => s !== primary);
  // Another role of manager level or above lends its function: "Co-founder | CTO" is engineering, "Founder | Coach" is not.
  for (const s of others) {
    if (rankOf(s.reading.level) <= rankOf('manager')) { const d = segmentDepartment(s.reading, false); if (d) return d; }
  }
  // A top role without a function is the executive, whatever topics the headline lists ("Founder | Investor | SaaS").
  if (level && TOP.has(level)) return 'executive';
  if (primary && segmentDepartment(primary.reading, true) === 'executive') return 'executive';
  // Last, a short function-only part of the headline: "Director | Sales Operations".
  for (const s of others) {
    if (!s.reading.level && s.reading.words.length <= 5) { const d = segmentDepartment(s.reading, false); if (d) return d; }
  }
  return 'other';
}

/** Reads a job title or profile headline. Never throws: anything unreadable gives unknown / other / ''. */
export function parseTitle(text: string): ParsedTitle {
  if (typeof text !== 'string' || !text.trim()) return { seniority: 'unknown', department: 'other', departments: ['other'], normalizedTitle: '' };
  const segments = segmentsOf(text);
  let primary: Segment | undefined;
  for (const s of segments) {
    if (s.reading.level && rankOf(s.reading.level) < rankOf(primary?.reading.level)) primary = s;
  }
  // No level anywhere: a function-only title ("Sales", "Marketing & Growth") is still worth its department.
  primary ??= segments.find((s) => s.reading.matches.length > 0);
  const level = primary?.reading.level;
  const department = chooseDepartment(primary, segments, level);
  const result: ParsedTitle = {
    seniority: level ?? 'unknown',
    department,
    departments: [department, ...(primary ? partDepartments(primary.reading).filter((d) => d !== department) : [])],
    normalizedTitle: primary ? tidyTitle(primary.reading) : '',
  };
  // The company of the role; else one in a part that names no role of its own ("Senior Manager - Tax at KPMG").
  // A past role's company is not the person's company ("Former CEO at Oldco").
  const company = (primary && !primary.reading.onlyPast ? primary.company : undefined)
    ?? segments.find((s) => s.company && !s.reading.level && s.reading.dropped.size === 0)?.company;
  if (company) result.company = company;
  return result;
}
