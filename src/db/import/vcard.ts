// vCard files (.vcf) from Google, Apple and Outlook, parsed with ical.js and laid out as a table with header
// names the column mapping knows, so a .vcf goes through the same preview, mapping and import as a CSV.
import ICAL from 'ical.js';
import { isAddressBookGroup } from './row-schema';

export function isVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text);
}

const HEADERS = ['Full Name', 'Name Prefix', 'First Name', 'Last Name', 'Name Suffix', 'Job Title', 'Company', 'Email', 'Phone',
  'Mobile Phone', 'Home Phone', 'Website', 'LinkedIn', 'Twitter', 'City', 'Region', 'Country', 'Notes', 'Tags'] as const;
type Column = (typeof HEADERS)[number];

/** One row per card; cards that cannot be parsed become a row with only their FN (so the preview names them). */
export function vCardTable(text: string): { headers: string[]; rows: string[][] } {
  const cards = text.replace(/\r*\n|\r/g, '\n').match(/BEGIN:VCARD[\s\S]*?END:VCARD/gi) ?? [];
  const rows = cards.map((card) => {
    const values: Partial<Record<Column, string[]>> = {};
    const add = (column: Column, value: string | undefined) => { if (value?.trim()) (values[column] ??= []).push(value.trim()); };
    try {
      readCard(new ICAL.Component(ICAL.parse(prepareCard(card)) as unknown[]), add);
    } catch {
      add('Full Name', /^FN[^:]*:(.*)$/im.exec(card)?.[1]);
      add('Notes', 'This vCard could not be read completely.');
    }
    return HEADERS.map((h) => (values[h] ?? []).join('; '));
  });
  return { headers: [...HEADERS], rows };
}

type Add = (column: Column, value: string | undefined) => void;

/** Phone types and Apple/Google labels ("_$!<AssistantPhone>!$_") of numbers that are not the person's to call. */
const NOT_THEIR_PHONE = /fax|pager|assistant/;
const SOCIAL = [{ column: 'LinkedIn', url: /linkedin\.com\//i, kind: 'linkedin' }, { column: 'Twitter', url: /\/\/(www\.)?(twitter|x)\.com\//i, kind: 'twitter' }] as const;

function readCard(card: ICAL.Component, add: Add): void {
  const first = (name: string) => card.getFirstProperty(name);
  const types = (p: ICAL.Property) => [p.getParameter('type')].flat().filter(Boolean).map((t) => String(t).toLowerCase());
  const text = (v: unknown) => (Array.isArray(v) ? v.map(String).join(' ') : v == null ? '' : String(v));

  const n = first('n')?.getFirstValue() as string[] | string | undefined;
  const [family, given, , prefix, suffix] = Array.isArray(n) ? n : [n];
  add('Last Name', text(family));
  add('First Name', text(given));
  add('Name Prefix', text(prefix));
  add('Name Suffix', text(suffix));
  const formatted = text(first('fn')?.getFirstValue());
  const fromParts = [text(given), text(family)].filter(Boolean).join(' ');
  // FN is the name as the owner wrote it; N only when FN says nothing more than the parts (BlackBerry's "N:Doe;john").
  if (!fromParts || formatted.replace(/\s+/g, ' ').trim().toLowerCase() === fromParts.toLowerCase()) add('Full Name', formatted);

  const org = first('org')?.getFirstValue();
  add('Company', Array.isArray(org) ? String(org[0] ?? '') : text(org));
  add('Job Title', text(first('title')?.getFirstValue()));
  for (const p of card.getAllProperties('email')) add('Email', text(p.getFirstValue()));
  for (const p of card.getAllProperties('tel')) {
    const kinds = types(p);
    const number = text(p.getFirstValue()).replace(/^tel:/i, '');
    if (kinds.some((k) => NOT_THEIR_PHONE.test(k))) continue;
    add(kinds.some((k) => /cell|mobile|iphone/.test(k)) ? 'Mobile Phone' : kinds.includes('home') ? 'Home Phone' : 'Phone', number);
  }
  const adrs = card.getAllProperties('adr');
  const adr = adrs.find((p) => types(p).includes('work')) ?? adrs[0];
  const parts = adr?.getFirstValue() as string[] | undefined;
  if (Array.isArray(parts)) {
    add('City', text(parts[3]));
    add('Region', text(parts[4]));
    add('Country', text(parts[6]));
  }
  // One website (the work one, else the preferred one, else the first); social profiles go to their own columns.
  const sites: Array<{ url: string; rank: number }> = [];
  const links = [...card.getAllProperties('url').map((p) => ({ p, kind: '' })),
    ...card.getAllProperties('x-socialprofile').map((p) => ({ p, kind: types(p)[0] ?? '' }))];
  for (const { p, kind } of links) {
    const url = unescapeUrl(text(p.getFirstValue()));
    const social = SOCIAL.find((s) => s.kind === kind || s.url.test(url));
    if (social) add(social.column, url);
    else sites.push({ url, rank: types(p).includes('work') ? 0 : types(p).includes('pref') ? 1 : 2 });
  }
  add('Website', sites.sort((a, b) => a.rank - b.rank)[0]?.url);
  add('Notes', text(first('note')?.getFirstValue()));
  for (const p of card.getAllProperties('categories')) {
    for (const tag of p.getValues().map(text)) if (!isAddressBookGroup(tag)) add('Tags', tag);
  }
}

/** Google writes "https\://…" in vCard 3. */
function unescapeUrl(url: string): string {
  return url.replace(/\\([:,;])/g, '$1');
}

/** Properties Segue never reads; their base64 blobs are where real files most often break a parser. */
const BINARY = /^(photo|logo|sound|key)$/i;
const ENCODINGS = /^(quoted-printable|base64|b|8bit|7bit)$/i;

/**
 * Rewrites one card as the vCard 3 that ical.js reads. Real exports bend the format: vCard 2.1 (Outlook) has bare
 * parameters ("TEL;WORK;VOICE:") and quoted-printable values over several soft line breaks in a named charset; Apple
 * writes a bare "BASE64", repeats "type=" and groups properties with a label ("item1.TEL" + "item1.X-ABLabel:
 * _$!<AssistantPhone>!$_"); some files have blank lines or "\r\r\n". A group's label becomes one of its types.
 */
export function prepareCard(card: string): string {
  const lines = joinSoftBreaks(card.replace(/\r*\n|\r/g, '\n').split('\n'));
  const unfolded: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && unfolded.length) unfolded[unfolded.length - 1] += line.slice(1);
    else if (line.trim()) unfolded.push(line);
  }
  const labels = new Map<string, string>();
  for (const line of unfolded) {
    const label = /^([\w-]+)\.X-ABLABEL(?:;[^:]*)?:(.*)$/i.exec(line);
    if (label) labels.set(label[1]!.toLowerCase(), label[2]!.replace(/^_\$!<(.*)>!\$_$/, '$1').toLowerCase().replace(/[^a-z0-9_-]+/g, ''));
  }
  const out: string[] = [];
  for (const line of unfolded) {
    const colon = separatorIndex(line);
    if (colon < 0) {
      out.push(line); // left for the parser to refuse, so the card is reported as not read completely
      continue;
    }
    const [fullName, ...params] = line.slice(0, colon).split(';');
    const dot = fullName!.lastIndexOf('.');
    const group = dot > 0 ? fullName!.slice(0, dot).toLowerCase() : undefined;
    const name = fullName!.slice(dot + 1);
    if (BINARY.test(name) || /^x-ab(label|adr)$/i.test(name)) continue;
    let value = line.slice(colon + 1);
    const kept: string[] = [];
    const typeList: string[] = [];
    let charset = 'utf-8';
    let qp = false;
    for (const param of params) {
      const eq = param.indexOf('=');
      const key = eq < 0 ? '' : param.slice(0, eq).toLowerCase();
      const val = eq < 0 ? param : param.slice(eq + 1);
      if (!key && ENCODINGS.test(val)) qp = /quoted-printable/i.test(val);
      else if (!key) typeList.push(val);
      else if (key === 'encoding') qp = /quoted-printable/i.test(val);
      else if (key === 'charset') charset = val;
      else if (key === 'type') typeList.push(...val.replace(/"/g, '').split(','));
      else kept.push(param);
    }
    const label = group ? labels.get(group) : undefined;
    if (label) typeList.push(label);
    if (qp) value = decodeQuotedPrintable(value, charset).replace(/\r?\n/g, '\\n');
    if (typeList.length) kept.push(`TYPE=${typeList.filter(Boolean).join(',')}`);
    out.push(`${[name, ...kept].join(';')}:${value}`);
  }
  return `${out.join('\r\n')}\r\n`;
}

/** A quoted-printable value ending in "=" goes on in the next line (vCard 2.1 soft line breaks). */
function joinSoftBreaks(lines: string[]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const line of lines) {
    if (open) joined[joined.length - 1] = joined[joined.length - 1]!.slice(0, -1) + line;
    else joined.push(line);
    const current = joined[joined.length - 1]!;
    const colon = separatorIndex(current);
    open = colon > 0 && /quoted-printable/i.test(current.slice(0, colon)) && current.endsWith('=');
  }
  return joined;
}

/** The colon between a property's name and parameters and its value (not one inside a quoted parameter value). */
function separatorIndex(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(value[i]!)) bytes.push(b);
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}
