// Recognisers for one piece of signature text: is it a title, a company, an address, a location, a name?
import { COMPANY_SUFFIX, COUNTRIES, LEVEL_ONLY_TITLES, NOT_A_NAME, STREET_WORDS, TITLE_WORDS, US_STATES } from './vocabulary';

const DEPARTMENT_ONLY = new Set([
  'sales', 'marketing', 'operations', 'success', 'development', 'procurement', 'purchasing', 'vertrieb', 'einkauf',
  'ventas', 'comercial', 'commercial', 'commerciale', 'executive', 'management', 'engineering', 'finance', 'legal',
  'support',
]);
const REGIONS = /^(?:emea|apac|dach|latam|amer|americas|north america|europe|iberia|benelux|nordics|uk ?& ?i|uk|us|global|worldwide|international|international markets)$/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ACRONYMS = TITLE_WORDS.filter((word) => /^[A-Z]{2,5}$/.test(word));
const WORDS = TITLE_WORDS.filter((word) => !/^[A-Z]{2,5}$/.test(word));
const ACRONYM_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ACRONYMS.map(escape).join('|')})(?=$|[^\\p{L}])`, 'u');
const STRONG_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${WORDS.filter((w) => !DEPARTMENT_ONLY.has(w)).map(escape).join('|')})(?=$|[^\\p{L}])`, 'iu');
const DEPARTMENT_RE = new RegExp(`(?:^|[^\\p{L}])(?:${[...DEPARTMENT_ONLY].map(escape).join('|')})(?=$|[^\\p{L}])`, 'iu');

/** A role word (CEO, Director, Geschäftsführer, Gerente…), as opposed to a department word alone. */
/** German, Dutch and Nordic compounds end in their role word: "Inkoopmanager", "Vertriebsleiterin", "Salgschef". */
const COMPOUND_ROLE = /^\p{L}{3,}(?:manager|managerin|leiter|leiterin|direktor|direktorin|directeur|adviseur|medewerker|berater|beraterin|beheerder|ingenieur|ingenieurin|entwickler|entwicklerin|chef|chefin|sjef|ansvarig|ansvarlig|koordinator|koordinatorin|coördinator|leder|ledare|leider|inkoper|verkoper)$/iu;

export function hasRoleWord(text: string): boolean {
  return ACRONYM_RE.test(text) || STRONG_RE.test(text) || text.split(/[\s,/&|-]+/).some((word) => COMPOUND_ROLE.test(word));
}

export function hasTitleWord(text: string): boolean {
  return hasRoleWord(text) || DEPARTMENT_RE.test(text);
}

export function hasCompanySuffix(text: string): boolean {
  return COMPANY_SUFFIX.test(text.trim());
}

/** "Sr. …", "Senior …", "Asst. …": a seniority word opening a short line makes it a title, however the rest is spelt. */
const SENIORITY_OPENING = /^(?:sr|snr|senior|jr|junior|asst|assoc|exec|principal)\.?\s+\p{L}[\p{L}.&/-]*(?:\s+\p{L}[\p{L}.&/-]*){0,4}$/iu;

/** Splits "VP Sales at Acme", "Head of Growth @ Acme", "Directeur commercial chez Acme", "VP Sales, Acme Corp". */
export function splitTitleCompany(text: string): { title: string; company?: string } | undefined {
  const trimmed = text.trim();
  const at = /^(.+?)\s+(?:at|@|bei|chez|en)\s+(\p{Lu}.*|\p{N}.*)$/u.exec(trimmed) ?? /^(.+?)\s*@\s*(\S.*)$/u.exec(trimmed);
  if (at && hasTitleWord(at[1]!) && !hasRoleWord(at[2]!)) return { title: clean(at[1]!), company: clean(at[2]!) };
  for (const separator of [/,\s+/g, /\s+[-–—]\s+/g]) {
    const parts = trimmed.split(separator);
    if (parts.length < 2) continue;
    const company = parts[parts.length - 1]!;
    const title = trimmed.slice(0, trimmed.length - company.length).replace(/(?:,|\s[-–—])\s*$/, '');
    if (!hasTitleWord(title) || REGIONS.test(company.trim())) continue;
    if (hasRoleWord(company) || (DEPARTMENT_RE.test(company) && !hasCompanySuffix(company))) continue;
    if (LEVEL_ONLY_TITLES.has(clean(title).toLowerCase()) && !hasCompanySuffix(company)) continue;
    return { title: clean(title), company: clean(company) };
  }
  return hasTitleWord(trimmed) || SENIORITY_OPENING.test(trimmed) ? { title: clean(trimmed) } : undefined;
}

/** Message text rather than a label: a sentence ends inside it ("…for our users. A product manager"). */
function isSentence(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words > 14 || (words >= 6 && /\p{Ll}{4,}[.!?]\s+\p{L}/u.test(text));
}

/** A title line: a role word, or a department word in a line that is not a company name. */
export function isTitle(text: string): boolean {
  if (text.length > 90 || /\d{3,}/.test(text) || isSentence(text)) return false;
  if (hasRoleWord(text) || SENIORITY_OPENING.test(text.trim())) return true;
  return DEPARTMENT_RE.test(text) && !hasCompanySuffix(text);
}

const POSTAL_LINE = [
  /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L} .'-]+(?:,\s*\p{L}[\p{L} .]+)?$/u, // 10115 Berlin, 75008 Paris, D-80331 München
  /\p{L},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/u, // San Francisco, CA 94107
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/, // London EC2A 4BX
  /^\p{Lu}[\p{L} .'-]+\s+\d{4,5}$/u, // Berlin 10115 (written the other way round)
];

export function isAddress(text: string): boolean {
  if (text.length > 120) return false;
  if (STREET_WORDS.test(text) && /\d/.test(text)) return true;
  return POSTAL_LINE.some((pattern) => pattern.test(text.trim()));
}

export function countryOf(text: string): string | undefined {
  return COUNTRIES[text.trim().toLowerCase().replace(/\.$/, '')];
}

/** "San Francisco, CA", "Berlin, Germany", "Madrid, España", or a bare country name. */
export function isLocation(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60 || /\d/.test(trimmed)) return false;
  if (countryOf(trimmed)) return true;
  const parts = trimmed.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return false;
  const last = parts[parts.length - 1]!;
  return US_STATES.has(last) || Boolean(countryOf(last));
}

const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'y', 'zu', 'bin', 'al', 'ten', 'ter', 'dos', 'das']);
const NAME_PREFIX = /^(?:dr|prof|mr|mrs|ms|mx|herr|frau|mme|m|sr|sra|dra|ing|dipl\.-ing|mag)\.?$/i;

/** A header label or template placeholder standing where a name would: "FROM", "[Name]". */
export function isNotAName(text: string): boolean {
  return NOT_A_NAME.has(text.trim().replace(/^[[({<]+|[\])}>]+$/g, '').toLowerCase());
}

/** Two to five capitalised words (particles allowed), no digits: "Jane Doe", "Dr. Anna von Berg", "María José García". */
export function looksLikeName(text: string): boolean {
  const trimmed = stripNameNoise(text);
  if (!trimmed || trimmed.length > 60 || /[\d@/\\:|]/.test(trimmed)) return false;
  if (isNotAName(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  // "xxx", "XXXXX": a masked name in an anonymised message, not a name.
  if (words.some((word) => /^x{2,}$/i.test(word.replace(/[.,]/g, '')))) return false;
  let capitalised = 0;
  for (const word of words) {
    if (NAME_PARTICLES.has(word.toLowerCase()) || NAME_PREFIX.test(word)) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 1 && !hasTitleWord(trimmed) && !hasCompanySuffix(trimmed) && !isLocation(trimmed);
}

/** Drops pronouns "(she/her)", post-nominals after a comma ("Jane Doe, PhD") and stray punctuation. */
export function stripNameNoise(text: string): string {
  return text
    .replace(/\((?:she|he|they|sie|er|elle|il|ella|él)\/[^)]*\)/giu, '')
    .replace(/,\s*(?:ph\.?d\.?|mba|cpa|msc|m\.?sc\.?|b\.?sc\.?|jr\.?|sr\.?|iii|ii|pmp|cfa|esq\.?|md|m\.?d\.?)(?:,\s*\S+)*\s*$/i, '')
    .replace(/^[\s\-–—~*_/]+|[\s\-–—~*_,]+$/g, '')
    // "Person Person." — a sentence full stop after a name, not an initial ("John Q.") or a suffix ("Jr.").
    .replace(/(\p{L}{4,})\.$/u, '$1')
    .trim();
}

export function clean(text: string): string {
  return text.replace(/^[\s,;:|\-–—•·*_]+|[\s,;:|\-–—•·*_!]+$/g, '').replace(/\s{2,}/g, ' ').trim();
}
