// Turns a phone number as someone wrote it into E.164, or null when the text is not a phone number.
//
// Uses libphonenumber-js with the *min* metadata (~83 KB JSON before minification, against ~157 KB for max).
// This module ends up in the injected capture script, so size matters. What max adds is per-type digit patterns
// (mobile vs fixed line) and stricter validity checks. We don't need the type, because labels come from the
// signature text ("M:", "Mobile", "Fax"). The weaker validity check lets through things like "12345" or
// "12.03.2026" for countries with variable-length numbering (Germany), so the explicit filters below (date
// shapes, digit counts, stray letters) cover that gap.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { Phone, PhoneLabel } from '../prospect';

export interface NormalizePhoneOptions {
  /** ISO 3166-1 alpha-2 country for numbers written without +country code (the caller infers it). */
  defaultCountry?: string;
  label?: PhoneLabel;
}

/** Shortest national number we accept: shorter strings are short codes, zip codes or years. */
const MIN_NATIONAL_DIGITS = 6;
const MAX_TOTAL_DIGITS = 17;

const EXTENSION = /\s*(?:[,;]?\s*(?:ext\.?|extension|x|#|durchwahl|dw\.?|poste|anexo|ext\.?\s*no\.?)\s*[:.]?\s*)(\d{1,6})\s*$/i;
const DATE_SHAPES = [
  /^\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}$/, // 2026-03-03, 03/04/2026, 12.03.2026
  /^\d{4}\s*[-–]\s*\d{2,4}$/, // 2019-2024, 2019–24
  /^\d{1,2}:\d{2}/, // 10:02
];

export function normalizePhone(raw: string, opts: NormalizePhoneOptions = {}): Phone | null {
  if (typeof raw !== 'string') return null;
  const original = raw.trim();
  if (!original || original.length > 60) return null;

  let text = original.replace(/^tel:\s*/i, '').replace(/^callto:\s*/i, '');
  text = safeDecode(text);
  // RFC 3966 parameters: ";ext=123" is kept, others (";phone-context=…", ";isub=…") are dropped.
  let extension: string | undefined;
  const rfcExt = /;ext=(\d{1,6})/i.exec(text);
  if (rfcExt) extension = rfcExt[1];
  text = text.replace(/;.*$/, '');
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  text = text.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
  // "(+34) 91 123 45 67": a bracketed country code.
  text = text.replace(/^\(\s*(\+\d{1,4})\s*\)\s*/, '$1 ');

  if (!/^[+(]?[\d\s().\-/+]+$/.test(text)) return null; // letters or other symbols left: not a number
  if ((text.match(/\+/g) ?? []).length > 1 || text.lastIndexOf('+') > 0) return null;
  if (DATE_SHAPES.some((shape) => shape.test(text))) return null;

  // "+49 (0)30 …": the bracketed trunk prefix is dialled only from inside the country.
  text = text.replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
  const digits = text.replace(/\D/g, '');
  if (digits.length < MIN_NATIONAL_DIGITS + 1 || digits.length > MAX_TOTAL_DIGITS) return null;
  if (!text.startsWith('+') && /^\d{4}$/.test(text)) return null;

  const international = text.startsWith('+') || text.startsWith('00');
  const candidates = text.startsWith('00') ? [`+${text.slice(2)}`, text] : [text];
  const country = countryCode(opts.defaultCountry);

  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, country ? { defaultCountry: country } : undefined);
    if (!parsed) continue;
    if (parsed.nationalNumber.length < MIN_NATIONAL_DIGITS) continue;
    // An explicit international prefix or a label the caller read ("Mob:") is strong evidence, so a number of
    // possible length is kept even when the metadata can't confirm its range (+44 7700 900xxx is "possible" only).
    if (!parsed.isValid() && !((international || opts.label) && parsed.isPossible())) continue;
    const phone: Phone = { number: parsed.number, raw: original };
    if (opts.label) phone.label = opts.label;
    const foundExt = extension ?? parsed.ext;
    if (foundExt) phone.extension = foundExt;
    return phone;
  }
  return null;
}

function countryCode(code: string | undefined): CountryCode | undefined {
  if (!code) return undefined;
  const upper = code.trim().toUpperCase();
  if (upper === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(upper) ? (upper as CountryCode) : undefined;
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
