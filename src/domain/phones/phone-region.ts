// Which country a national phone number ("030 1234567") belongs to, and keeping every number even when none is known.
// The order (item 2 of issue 9): the prospect's own country, the country-code domain of their email or website, the
// page's language, and last the rep's own default country (a setting that starts from the browser's locale).
import { getCountries } from 'libphonenumber-js/min';
import type { Phone, PhoneLabel } from '../prospect';
import { TLD_COUNTRY } from '../signature/vocabulary';
import { normalizePhone } from './normalize-phone';

export interface PhoneRegionHints {
  /** ISO code of the prospect's country, when their location names one. */
  prospectCountry?: string;
  emails?: readonly string[];
  website?: string;
  /** The page's language tag (<html lang>), "de-AT" or "sv". */
  pageLanguage?: string;
  /** The rep's own default country (Settings). */
  repCountry?: string;
}

/** A language's main country, for language tags without a region ("sv" → SE). English and Spanish say nothing. */
const LANGUAGE_COUNTRY: Record<string, string> = {
  de: 'DE', fr: 'FR', it: 'IT', nl: 'NL', pt: 'PT', sv: 'SE', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO', fi: 'FI', pl: 'PL',
  cs: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', el: 'GR', ja: 'JP', ko: 'KR', he: 'IL', tr: 'TR', uk: 'UA', ru: 'RU',
};

function isoCode(code: string | undefined): string | undefined {
  const upper = code?.trim().toUpperCase();
  if (!upper) return undefined;
  if (upper === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(upper) ? upper : undefined;
}

/** "en-GB" → GB, "pt_BR" → BR, "de" → DE, "en" → undefined. */
export function countryOfLocale(locale: string | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?(?:[-_].*)?$/i.exec(locale?.trim() ?? '');
  if (!match) return undefined;
  if (match[2] && /^[a-z]{2}$/i.test(match[2])) return match[2].toUpperCase();
  return LANGUAGE_COUNTRY[match[1]!.toLowerCase()];
}

/** The country a host's country-code domain names ("acme.co.uk" → GB); generic and vanity domains say nothing. */
export function countryOfHost(host: string | undefined): string | undefined {
  const tld = host?.trim().toLowerCase().replace(/\.$/, '').split('.').pop();
  return tld ? TLD_COUNTRY[tld] : undefined;
}

function hostOfAddress(value: string): string | undefined {
  if (value.includes('@') && !/^[a-z]+:\/\//i.test(value)) return value.slice(value.lastIndexOf('@') + 1);
  try {
    return new URL(/^[a-z]+:\/\//i.test(value) ? value : `https://${value}`).hostname;
  } catch {
    return undefined;
  }
}

export function inferPhoneRegion(hints: PhoneRegionHints): string | undefined {
  const prospect = isoCode(hints.prospectCountry);
  if (prospect) return prospect;
  for (const email of hints.emails ?? []) {
    const country = countryOfHost(hostOfAddress(email));
    if (country) return country;
  }
  const fromWebsite = hints.website ? countryOfHost(hostOfAddress(hints.website)) : undefined;
  if (fromWebsite) return fromWebsite;
  return countryOfLocale(hints.pageLanguage) ?? isoCode(hints.repCountry);
}

/**
 * A phone number to keep: E.164 when the region (or a +country code) makes it valid, else the text as written, with
 * its label and extension either way. Undefined only for text that is not a phone number (too few digits, words).
 */
export function keepPhone(raw: string, options: { region?: string | undefined; label?: PhoneLabel | undefined } = {}): Phone | undefined {
  const normalized = normalizePhone(raw, { ...(options.region ? { defaultCountry: options.region } : {}), ...(options.label ? { label: options.label } : {}) });
  if (normalized) return normalized;
  let text = raw.trim().replace(/^(?:tel|callto):\s*/i, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    /* keep as written */
  }
  text = text.replace(/;.*$/, '').trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20 || text.length > 60) return undefined;
  if (!/^[+(\d][\d\s().\-/+]*(?:\s*(?:ext\.?|extension|x|#)\s*\d{1,6})?$/i.test(text)) return undefined;
  return { number: text, raw: raw.trim(), ...(options.label ? { label: options.label } : {}) };
}

/** Numbers kept as written get a second chance once the region is known; E.164 numbers are left as they are. */
export function regionalizePhones(phones: readonly Phone[], region: string | undefined): Phone[] {
  return phones.map((phone) => {
    if (!region || phone.number.startsWith('+') && /^\+\d{6,15}$/.test(phone.number)) return phone;
    const normalized = normalizePhone(phone.raw ?? phone.number, { defaultCountry: region, ...(phone.label ? { label: phone.label } : {}) });
    if (!normalized) return phone;
    const kept: Phone = { ...normalized, raw: phone.raw ?? phone.number };
    if (phone.label) kept.label = phone.label;
    if (phone.extension && !kept.extension) kept.extension = phone.extension;
    return kept;
  });
}

/** The rep's default country: the saved setting, else the first browser locale that names a country ("de-AT" → AT). */
export function resolveRepCountry(setting: string | undefined, browserLocales: readonly string[]): string | undefined {
  const saved = isoCode(setting);
  if (saved) return saved;
  for (const locale of browserLocales) {
    const country = countryOfLocale(locale);
    if (country) return country;
  }
  return undefined;
}

/** Every country libphonenumber can read national numbers for: the choices of the rep's country setting. */
export function phoneCountries(): string[] {
  return getCountries().filter((code) => /^[A-Z]{2}$/.test(code));
}
