// vCard files (.vcf) from Google, Apple and Outlook, parsed with ical.js and laid out as a table with header
// names the column mapping knows, so a .vcf goes through the same preview, mapping and import as a CSV.
import ICAL from 'ical.js';

export function isVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text);
}

const HEADERS = ['Full Name', 'Name Prefix', 'First Name', 'Last Name', 'Name Suffix', 'Job Title', 'Company', 'Email', 'Phone',
  'Mobile Phone', 'Home Phone', 'Website', 'LinkedIn', 'Twitter', 'City', 'Region', 'Country', 'Notes', 'Tags'] as const;
type Column = (typeof HEADERS)[number];

/** One row per card; cards that cannot be parsed become a row with only their FN (so the preview names them). */
export function vCardTable(text: string): { headers: string[]; rows: string[][] } {
  const cards = normalizeLegacy(text).match(/BEGIN:VCARD[\s\S]*?END:VCARD/gi) ?? [];
  const rows = cards.map((card) => {
    const values: Partial<Record<Column, string[]>> = {};
    const add = (column: Column, value: string | undefined) => { if (value?.trim()) (values[column] ??= []).push(value.trim()); };
    try {
      readCard(new ICAL.Component(ICAL.parse(card) as unknown[]), add);
    } catch {
      add('Full Name', /^FN[^:]*:(.*)$/im.exec(card)?.[1]);
      add('Notes', 'This vCard could not be read completely.');
    }
    return HEADERS.map((h) => (values[h] ?? []).join('; '));
  });
  return { headers: [...HEADERS], rows };
}

type Add = (column: Column, value: string | undefined) => void;

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
  if (!text(family) && !text(given)) add('Full Name', text(first('fn')?.getFirstValue()));

  const org = first('org')?.getFirstValue();
  add('Company', Array.isArray(org) ? String(org[0] ?? '') : text(org));
  add('Job Title', text(first('title')?.getFirstValue()));
  for (const p of card.getAllProperties('email')) add('Email', text(p.getFirstValue()));
  for (const p of card.getAllProperties('tel')) {
    const kinds = types(p);
    const number = text(p.getFirstValue()).replace(/^tel:/i, '');
    if (kinds.includes('fax') || kinds.includes('pager')) continue;
    add(kinds.includes('cell') || kinds.includes('mobile') || kinds.includes('iphone') ? 'Mobile Phone' : kinds.includes('home') ? 'Home Phone' : 'Phone', number);
  }
  const adrs = card.getAllProperties('adr');
  const adr = adrs.find((p) => types(p).includes('work')) ?? adrs[0];
  const parts = adr?.getFirstValue() as string[] | undefined;
  if (Array.isArray(parts)) {
    add('City', text(parts[3]));
    add('Region', text(parts[4]));
    add('Country', text(parts[6]));
  }
  for (const p of card.getAllProperties('url')) add('Website', unescapeUrl(text(p.getFirstValue())));
  for (const p of card.getAllProperties('x-socialprofile')) {
    const url = unescapeUrl(text(p.getFirstValue()));
    const kind = types(p)[0] ?? '';
    add(kind === 'linkedin' || /linkedin\.com\//i.test(url) ? 'LinkedIn' : kind === 'twitter' || /(twitter|x)\.com\//i.test(url) ? 'Twitter' : 'Website', url);
  }
  add('Notes', text(first('note')?.getFirstValue()));
  for (const p of card.getAllProperties('categories')) {
    for (const tag of p.getValues().map(text)) if (!/^(mycontacts|starred)$/i.test(tag)) add('Tags', tag);
  }
}

/** Google writes "https\://…" in vCard 3. */
function unescapeUrl(url: string): string {
  return url.replace(/\\([:,;])/g, '$1');
}

/**
 * vCard 2.1 (Outlook's "Save as vCard") has bare parameters ("TEL;WORK;VOICE:") and quoted-printable values in a
 * named charset, which ical.js does not read: rewrite them as vCard 3 ("TEL;TYPE=WORK,VOICE:", decoded text).
 */
export function normalizeLegacy(text: string): string {
  if (!/^VERSION:2\.1/im.test(text)) return text;
  const joined = text.replace(/=\r?\n/g, (m, offset: number, all: string) => (isInQuotedPrintable(all, offset) ? '' : m));
  return joined.split(/\r?\n/).map((line) => {
    const colon = line.indexOf(':');
    if (colon < 0 || /^[ \t]/.test(line)) return line;
    const [name, ...params] = line.slice(0, colon).split(';');
    let value = line.slice(colon + 1);
    const kept: string[] = [];
    const typeList: string[] = [];
    let charset = 'utf-8';
    let qp = false;
    for (const param of params) {
      const [key, val] = param.split('=');
      if (val === undefined) typeList.push(key!);
      else if (/^encoding$/i.test(key!)) qp = /quoted-printable/i.test(val);
      else if (/^charset$/i.test(key!)) charset = val;
      else if (/^type$/i.test(key!)) typeList.push(val);
      else kept.push(param);
    }
    if (qp) value = decodeQuotedPrintable(value, charset);
    value = value.replace(/\r?\n/g, '\\n');
    if (typeList.length) kept.push(`TYPE=${typeList.join(',')}`);
    return [name, ...kept].join(';') + ':' + value;
  }).join('\r\n');
}

function isInQuotedPrintable(all: string, offset: number): boolean {
  const lineStart = all.lastIndexOf('\n', offset) + 1;
  return /ENCODING=QUOTED-PRINTABLE/i.test(all.slice(lineStart, offset));
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
