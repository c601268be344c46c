// Turning page text into clean, inert, bounded field values.
import { endsWithLegalForm } from '../../domain/companies/legal-forms';
import { SURNAME_CONJUNCTIONS, SURNAME_PARTICLES } from '../../domain/names/name-tables';
import { COMMITTEE_WORDS, UNIT_WORDS } from '../../domain/titles/seniority-table';
import { LIMITS } from './limits';

// C0/C1 controls, bidi overrides and zero-width characters: never useful in a name, a title or a URL.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line of text: control characters dropped, whitespace collapsed, trimmed, cut to `max` characters. */
export function cleanText(value: unknown, max: number = LIMITS.titleChars): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value)
    .replace(/[\t\n\r\f\v]+/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}

/** cleanText, or undefined when nothing is left. */
export function cleanOptional(value: unknown, max: number = LIMITS.titleChars): string | undefined {
  const text = cleanText(value, max);
  return text ? text : undefined;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IFRAME', 'OBJECT']);
const LINE_BREAK_TAGS = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The visible text of an element, read node by node without recursion (a 10,000-deep page must not overflow the
 * stack) and without script or style contents (textContent would include them). Never markup.
 */
export function textOf(el: Element | null | undefined, max: number = LIMITS.titleChars): string {
  if (!el) return '';
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  let node: Node | null = el.firstChild;
  while (node && visited < LIMITS.maxTextNodes && chars < LIMITS.maxTextChars) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      chars += value.length;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (!SKIPPED_TAGS.has(tag) && !(node as Element).hasAttribute('hidden')) {
        if (LINE_BREAK_TAGS.has(tag)) parts.push(' ');
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return cleanText(parts.join(''), max);
}

/** An attribute's value, cleaned. */
export function attrOf(el: Element | null | undefined, name: string, max: number = LIMITS.titleChars): string {
  return el ? cleanText(el.getAttribute(name) ?? '', max) : '';
}

const NOT_NAMES = new Set([
  'about', 'admin', 'all', 'blog', 'call', 'careers', 'click', 'contact', 'customer', 'email', 'get', 'hello', 'help',
  'here', 'home', 'in', 'info', 'inquiries', 'join', 'learn', 'mail', 'me', 'message', 'more', 'now', 'office',
  'our', 'press', 'read', 'sales', 'send', 'service', 'support', 'team', 'the', 'touch', 'us', 'view', 'write',
  'profile', 'linkedin', 'twitter', 'github', 'follow', 'website', 'phone', 'book', 'demo', 'meeting', 'overview',
  // Job-title words: "Chief Executive Officer" is capitalised like a name but is not one.
  'chief', 'officer', 'director', 'manager', 'head', 'engineer', 'president', 'founder', 'co-founder', 'cofounder',
  'vice', 'senior', 'lead', 'principal', 'partner', 'associate', 'executive', 'specialist', 'analyst', 'consultant',
  'developer', 'designer', 'coordinator', 'assistant', 'intern', 'advisor', 'board', 'member', 'sales', 'marketing',
  'operations', 'product', 'engineering', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'svp', 'evp', 'leadership',
  'people', 'company', 'services', 'solutions', 'news', 'careers', 'events', 'customers', 'pricing', 'analytics',
  // Footer and section headings ("Useful Links", "Quick Links") and a firm's trade in the plural ("Chartered
  // Accountants"): capitalised like names, never one.
  'links', 'useful', 'quick', 'accountants', 'lawyers', 'attorneys', 'engineers', 'consultants', 'associates',
  'partners', 'advisors', 'architects', 'solicitors', 'doctors', 'dentists',
  // Section headings between a lab's or a club's cards ("Former Members", "Degree Alumni", "Harvard Medical School").
  'members', 'former', 'alumni', 'degree', 'leader', 'school', 'university', 'college', 'institute', 'hospital',
  // The same section headings in other languages ("Socios Fundadores", "Unser Team", "Nos associés").
  'socios', 'socio', 'fundadores', 'fundador', 'abogados', 'equipo', 'equipe', 'équipe', 'nuestro', 'nuestra',
  'nuestros', 'nossa', 'nosso', 'gründer', 'geschäftsführung', 'unser', 'unsere', 'fondateurs', 'associés', 'notre',
  'nos', 'direction', 'diretoria', 'direção',
  // Number words and words addressing the reader ("Drei Perspektiven", "Wählen Sie Ihren Kanal"): never in a name.
  'one', 'two', 'three', 'four', 'five', 'zwei', 'drei', 'vier', 'fünf', 'deux', 'trois', 'quatre', 'tres', 'cuatro',
  'três', 'quatro', 'sie', 'ihr', 'ihre', 'ihren', 'votre', 'vos', 'your',
  // Staff sections by working time ("Full Time", "Temps plein", "Teilzeit").
  'full', 'time', 'full-time', 'part-time', 'temps', 'plein', 'partiel', 'vollzeit', 'teilzeit', 'tiempo', 'completo',
  'parcial',
  // Bodies of people ("Steering Council", "Advisory Board"); with the title parser's committee and unit words below.
  'council', 'councils', 'committees', 'teams', 'groups',
  ...COMMITTEE_WORDS,
  ...UNIT_WORDS,
]);
const NAME_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, ...SURNAME_CONJUNCTIONS]);
/** A particle written together with the surname it belongs to: "deNeve", "vanDijk", "d'Souza", "O'Neil" is capitalised anyway. */
const GLUED_PARTICLE = new RegExp(`^(?:${[...SURNAME_PARTICLES].filter((p) => /^[a-z]+$/.test(p)).join('|')}|d['’]|l['’])\\p{Lu}[\\p{L}'’-]+$`, 'u');

/**
 * Whether a short text reads like a person's name ("Priya Raman-Okafor", "Dr. Jonas van der Berg"): two to six
 * words, letters only, each capitalised or a known particle, none a common UI word ("Contact us", "Email me").
 */
export function looksLikePersonName(text: string): boolean {
  const value = cleanText(text, 120);
  if (value.length < 3 || value.length > 80) return false;
  if (/[0-9@/\\:;!?|<>{}[\]#$%^&*=+_~"]/.test(value)) return false;
  const words = value.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  if (endsWithLegalForm(value)) return false;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/[.,]$/, '');
    // "Ex-VP", "Co-Head": a job word inside a hyphenated word is still a job word.
    if (NOT_NAMES.has(bare.toLowerCase()) || bare.toLowerCase().split('-').some((part) => NOT_NAMES.has(part))) return false;
    if (NAME_PARTICLES.has(bare)) continue;
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(bare) && !/^[\p{Lu}]\.?$/u.test(bare) && !GLUED_PARTICLE.test(bare)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * A person known by one name on a team card ("Mattia", "Jarasanto"): one capitalised word of letters, not a common UI
 * or job word. Only for an element a team card's markup says is the name: one capitalised word is as often a heading.
 */
export function looksLikeSingleName(text: string): boolean {
  const value = cleanText(text, 40);
  return /^\p{Lu}[\p{Ll}'’-]{1,19}$/u.test(value) && !NOT_NAMES.has(value.toLowerCase());
}

/**
 * A Korean, Chinese or Japanese name as such pages write it, without spaces ("이선우", "王小明", "山田 太郎"). Only for
 * an element the page marks as a name: two to four such characters are as often an ordinary word.
 */
export function looksLikeCjkName(text: string): boolean {
  const value = cleanText(text, 20);
  return /^\p{Script=Hangul}{2,4}$/u.test(value) || /^\p{Script=Han}{1,3}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,3}$/u.test(value);
}

/** A degree or credential written after a name ("Lena Fischer, PhD", "Jonas Berg PhD.", ", MBA", " / PharmD"), dropped. */
export function withoutDegree(name: string): string {
  const DEGREE = /(?:,|\s\/)?\s+(?:Ph\.?\s?D\.?|Pharm\.?\s?D\.?|M\.?D\.?|MBA|M\.?Sc\.?|B\.?Sc\.?|CPA|CFA|Esq\.?|P\.?E\.?|J\.?D\.?|LL\.?M\.?)$/;
  let value = cleanText(name, 120);
  for (let i = 0; i < 3 && DEGREE.test(value); i++) value = value.replace(DEGREE, '').trim();
  return value;
}

/** Pronouns and verbs of a sentence about oneself or one's company: job titles never hold them. */
const SENTENCE_WORDS = /\b(?:i|i'm|we|we're|my|our|you|your|help|helping|am|is|are|was|were|love|passionate|join|hiring|ich|wir|unterstütze|helfe|je|nous|aide|yo|ayudo|nosotros|ik|wij|help)\b/i;

/**
 * Whether a text reads as a sentence rather than a job title: it ends with a full stop, exclamation or question mark
 * after several words, or it is long and speaks in the first person or with a verb ("I help…", "We are hiring…").
 */
export function isSentence(text: string): boolean {
  const value = cleanText(text, 500);
  const words = value.split(' ').filter(Boolean).length;
  if (words >= 5 && /[.!?]$/.test(value) && !/\b(?:inc|ltd|co|corp|gmbh|b\.v|s\.a|jr|sr)\.$/i.test(value)) return true;
  return words >= 7 && SENTENCE_WORDS.test(value);
}

/** A headline rather than a role: several clauses ("Founder of X | Former scientist at Y") or many words. */
export function isMultiClause(text: string): boolean {
  return /\s[|•·]\s/.test(text) || cleanText(text, 500).split(' ').length > 8;
}

const PLAIN_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
/** "jonas [at] fabrikam [dot] nl", "lena(at)x.de": the at and dots written out in brackets, as people do in bios. */
const SPELT_AT = /\s*[[(]\s*at\s*[\])]\s*/gi;
const SPELT_DOT = /\s*[[(]\s*dot\s*[\])]\s*/gi;

/** E-mail addresses written as plain text (in a bio, a description), including "name [at] host [dot] tld". */
export function emailsInText(text: string): string[] {
  const unspelt = cleanText(text, 2000).replace(SPELT_AT, '@').replace(SPELT_DOT, '.');
  const found: string[] = [];
  for (const match of unspelt.matchAll(PLAIN_EMAIL)) {
    const email = match[0].replace(/\.$/, '').toLowerCase();
    if (!found.includes(email)) found.push(email);
    if (found.length >= 5) break;
  }
  return found;
}
