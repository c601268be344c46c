// Which CSV column goes to which prospect field, guessed from the header names (the table is export-formats.ts).
import { EXPORT_FORMATS, GENERIC_SYNONYMS, IMPORT_TARGETS, detectFormat, normalizeHeader, type ExportFormat, type ImportTarget } from './export-formats';

export { IMPORT_TARGETS, normalizeHeader, type ImportTarget } from './export-formats';

/** Header (as shown, made unique) to target field; null or absent = ignored. Several columns may share email/phone. */
export type ColumnMapping = Record<string, ImportTarget | null>;

const GENERIC = new Map<string, ImportTarget>();
for (const target of IMPORT_TARGETS) for (const name of GENERIC_SYNONYMS[target]) GENERIC.set(name, target);

/**
 * Numbered groups ("E-mail 1 - Value", "Phone 2 - Value", "Organization 1 - Title", "Address 1 - City"): the
 * group's kind and part. The "- Type"/"- Label" column beside a phone's value says which phone it is (see preview).
 */
const GROUP_PARTS: Record<string, ImportTarget> = {
  'email:value': 'email', 'phone:value': 'phone', 'organization:name': 'company', 'organization:title': 'title',
  'website:value': 'website', 'address:city': 'city', 'address:region': 'region', 'address:country': 'country',
};
const GROUP = /^(.+?)\s*(\d+)\s*-\s*(.+)$/;

/**
 * Header words that qualify a field without changing it: whose it is ("Contact Phone", "Executive Title", Audience
 * Republic's "Custom Field - Company"), which of several ("Primary", "Alternate Email 2") and how the vendor processed
 * the value ("Company Name - Cleaned", "Phone Number Combined", "Employee Size Actual"). A qualifier limited to some
 * targets only counts when the rest of the header means one of them ("Location City" is a place, "Location Name" is not
 * a person's name; "Alternate Email" is an address, "Alternate Name" a nickname). The company's own columns keep their
 * "Company" word: they never describe the person.
 */
const QUALIFIER_PREFIXES: ReadonlyArray<{ word: string; only?: ReadonlySet<ImportTarget> }> = [
  { word: 'person' }, { word: 'contact' }, { word: 'lead' }, { word: 'executive' }, { word: 'primary' }, { word: 'customfield' },
  // Business-listing vendors (Data Axle's Salesgenie) describe the office a person works at as its "Location …".
  { word: 'location', only: new Set(['city', 'region', 'country', 'companySize']) },
  { word: 'alternate', only: new Set(['email', 'phone']) }, { word: 'additional', only: new Set(['email', 'phone']) },
];
const QUALIFIER_SUFFIXES = ['cleaned', 'normalized', 'normalised', 'formatted', 'verified', 'combined', 'actual'];
/** Abbreviations vendors write as a word of their own ("Contact LI Profile URL"). */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [[/(^|[^a-z])li(?=[^a-z]|$)/gi, '$1LinkedIn']];
/** Header words that mean the column describes the company, not the person. */
const COMPANY_WORDS = /company|organi[sz]ation|account|employer/;
const PERSON_PROFILE_TARGETS: ReadonlySet<ImportTarget> = new Set(['linkedin', 'twitter', 'github']);

export function formatById(id: string | undefined): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export function guessTarget(header: string, format?: ExportFormat): ImportTarget | null {
  let expanded = ABBREVIATIONS.reduce((h, [pattern, word]) => h.replace(pattern, word), header);
  let key = normalizeHeader(expanded);
  let target = lookup(key, expanded, format);
  // A qualifier in parentheses after the field reads as one before it: "Email (Personal)", HubSpot's "Associated Company
  // (Primary)". Not our own "(2)" for a repeated header, which lookup reads without its number.
  const qualified = /^(.+?)\s*\(([^()\d][^()]*)\)\s*$/.exec(expanded);
  if (!target && qualified) {
    expanded = `${qualified[2]} ${qualified[1]}`;
    key = normalizeHeader(expanded);
    target = lookup(key, expanded, format);
  }
  // A company's LinkedIn page or Twitter account is never the person's profile.
  if (target && PERSON_PROFILE_TARGETS.has(target) && COMPANY_WORDS.test(key)) return null;
  return target;
}

function lookup(key: string, header: string, format: ExportFormat | undefined): ImportTarget | null {
  if (format && key in format.columns) return format.columns[key] ?? null;
  const group = GROUP.exec(header.trim());
  if (group) {
    const part = `${normalizeHeader(group[1]!).replace(/^e?mail$/, 'email')}:${normalizeHeader(group[3]!)}`;
    return GROUP_PARTS[part] ?? null;
  }
  const generic = GENERIC.get(key);
  if (generic) return generic;
  // Then the header without its qualifiers and numbers ("Contact Phone 2" → "phone", "Email 2 Address", our own
  // "Email (2)" for a repeated header), the least stripped first.
  for (const { key: rest, only } of relaxedKeys(key)) {
    const found = format && rest in format.columns ? format.columns[rest] ?? null : GENERIC.get(rest);
    if (found === null) return null;
    if (found && (!only || only.has(found))) return found;
  }
  return null;
}

/** The key without qualifier words, digits and plural endings, breadth first (at most three taken off). */
function relaxedKeys(key: string): Array<{ key: string; only?: ReadonlySet<ImportTarget> }> {
  const out: Array<{ key: string; only?: ReadonlySet<ImportTarget> }> = [];
  const seen = new Set([key]);
  let level: Array<{ key: string; only?: ReadonlySet<ImportTarget> }> = [{ key }];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const next: typeof level = [];
    const add = (rest: string, only: ReadonlySet<ImportTarget> | undefined) => {
      if (!rest || seen.has(rest)) return;
      seen.add(rest);
      next.push(only ? { key: rest, only } : { key: rest });
    };
    for (const { key: k, only } of level) {
      add(k.replace(/\d+/g, ''), only);
      for (const prefix of QUALIFIER_PREFIXES) if (k.startsWith(prefix.word)) add(k.slice(prefix.word.length), prefix.only ?? only);
      for (const suffix of QUALIFIER_SUFFIXES) if (k.endsWith(suffix)) add(k.slice(0, -suffix.length), only);
      // Plurals of tools that keep several values in one column ("Email addresses", "Phone numbers").
      if (k.endsWith('es')) add(k.slice(0, -2), only);
      if (k.endsWith('s') && !k.endsWith('ss')) add(k.slice(0, -1), only);
    }
    out.push(...next);
    level = next;
  }
  return out;
}

/** Targets that take values from several columns (the first non-empty wins for company). */
const MULTI_COLUMN: ReadonlySet<ImportTarget> = new Set(['email', 'phone', 'mobile', 'directPhone', 'homePhone', 'companyPhone', 'tags', 'notes', 'company']);

export function suggestMapping(headers: readonly string[], format: ExportFormat | undefined = detectFormat(headers)): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportTarget>();
  const keys = new Set(headers.map(normalizeHeader));
  // Segue's own export carries both: its exact stage wins over the HubSpot lifecycle approximation.
  const ordered = [...headers].sort((a, b) => Number(normalizeHeader(b) === 'seguestage') - Number(normalizeHeader(a) === 'seguestage'));
  for (const header of ordered) {
    let target = guessTarget(header, format);
    // Beside a "Job Title" column, a bare "Title" holds the honorific (Outlook's layout, and sheets copied from it).
    if (target === 'title' && normalizeHeader(header) === 'title' && keys.has('jobtitle')) target = 'namePrefix';
    if (target && (!taken.has(target) || MULTI_COLUMN.has(target))) {
      mapping[header] = target;
      taken.add(target);
    } else {
      mapping[header] = null;
    }
  }
  for (const [key, fallback] of Object.entries(format?.fallbacks ?? {})) {
    const header = headers.find((h) => normalizeHeader(h) === key);
    if (header && !taken.has(fallback)) {
      mapping[header] = fallback;
      taken.add(fallback);
    }
  }
  return Object.fromEntries(headers.map((h) => [h, mapping[h] ?? null]));
}

/** The suggestion with the user's choices on top. Headers the file does not have are an error. */
export function applyOverride(headers: readonly string[], override: ColumnMapping | undefined, format?: ExportFormat): { mapping: ColumnMapping; errors: string[] } {
  const mapping = suggestMapping(headers, format);
  const errors: string[] = [];
  for (const [header, target] of Object.entries(override ?? {})) {
    if (!headers.includes(header)) {
      errors.push(`The mapping names a column "${header}" that the file does not have.`);
      continue;
    }
    if (target !== null && !(IMPORT_TARGETS as readonly string[]).includes(target)) {
      errors.push(`Column "${header}" is mapped to an unknown field "${target}".`);
      continue;
    }
    mapping[header] = target;
  }
  return { mapping, errors };
}

/**
 * When no column of the file is the company: undefined when one is. A CRM extract that has only the account's ID
 * (Salesforce Data Loader's ACCOUNTID, HubSpot's "Associated Company ID") names that column, so the preview can say
 * why the company will be unknown.
 */
export function companyNotInFile(headers: string[], mapping: ColumnMapping): { accountIdColumn?: string } | undefined {
  if (Object.values(mapping).includes('company')) return undefined;
  const accountIdColumn = headers.find((h) => /^(account|company|organi[sz]ation)[\s_.-]*id$|^associated[\s_]+company[\s_]+id$/i.test(h.trim()));
  return accountIdColumn ? { accountIdColumn } : {};
}
