// Country names, codes and common regional groupings, so "US", "USA" and "United States" (or "DE", "Germany",
// "Deutschland") are one place to a location rule. A reasonable set, not the full ISO list.
import { foldText } from './text-match';

/** ISO 3166-1 alpha-2 code (UK accepted for GB) to names and aliases, folded or not. */
const COUNTRIES: Record<string, string[]> = {
  US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'America'],
  GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  IE: ['Ireland', 'Éire'],
  CA: ['Canada'],
  MX: ['Mexico', 'México'],
  BR: ['Brazil', 'Brasil'],
  AR: ['Argentina'],
  CL: ['Chile'],
  CO: ['Colombia'],
  DE: ['Germany', 'Deutschland'],
  AT: ['Austria', 'Österreich'],
  CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera'],
  FR: ['France'],
  ES: ['Spain', 'España'],
  PT: ['Portugal'],
  IT: ['Italy', 'Italia'],
  NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland'],
  BE: ['Belgium', 'België', 'Belgique', 'Belgien'],
  LU: ['Luxembourg', 'Luxemburg'],
  DK: ['Denmark', 'Danmark'],
  SE: ['Sweden', 'Sverige'],
  NO: ['Norway', 'Norge'],
  FI: ['Finland', 'Suomi'],
  IS: ['Iceland', 'Ísland'],
  PL: ['Poland', 'Polska'],
  CZ: ['Czech Republic', 'Czechia', 'Česko'],
  SK: ['Slovakia'],
  HU: ['Hungary', 'Magyarország'],
  RO: ['Romania', 'România'],
  BG: ['Bulgaria'],
  GR: ['Greece', 'Ελλάδα'],
  HR: ['Croatia', 'Hrvatska'],
  SI: ['Slovenia'],
  EE: ['Estonia', 'Eesti'],
  LV: ['Latvia'],
  LT: ['Lithuania'],
  CY: ['Cyprus'],
  MT: ['Malta'],
  UA: ['Ukraine'],
  TR: ['Turkey', 'Türkiye'],
  IL: ['Israel'],
  AE: ['United Arab Emirates', 'UAE'],
  SA: ['Saudi Arabia'],
  ZA: ['South Africa'],
  NG: ['Nigeria'],
  KE: ['Kenya'],
  EG: ['Egypt'],
  IN: ['India'],
  SG: ['Singapore'],
  JP: ['Japan'],
  KR: ['South Korea', 'Korea'],
  CN: ['China'],
  HK: ['Hong Kong'],
  TW: ['Taiwan'],
  AU: ['Australia'],
  NZ: ['New Zealand'],
};

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

/** Groupings marketing teams target by name. */
const GROUPS: Record<string, string[]> = {
  dach: ['DE', 'AT', 'CH'],
  benelux: ['BE', 'NL', 'LU'],
  nordics: ['DK', 'SE', 'NO', 'FI', 'IS'],
  eu: EU,
  'european union': EU,
  'north america': ['US', 'CA'],
  'uk and ireland': ['GB', 'IE'],
  anz: ['AU', 'NZ'],
  latam: ['MX', 'BR', 'AR', 'CL', 'CO'],
};

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
};

/** Folded alias (≥ 3 letters, or the unambiguous "uk") to code. Two-letter codes are looked up separately. */
const ALIAS_TO_CODE = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRIES)) {
  for (const name of names) ALIAS_TO_CODE.set(foldText(name), code);
}
const US_STATE_NAMES = new Set(Object.values(US_STATES).map((n) => foldText(n)));

/** Languages whose country names are recognised beside the aliases above: names come from Intl.DisplayNames (CLDR). */
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'is', 'pl', 'cs', 'sk', 'hu', 'ro',
  'hr', 'sl', 'el', 'tr', 'ru', 'uk', 'ar', 'he', 'hi', 'ja', 'ko', 'zh', 'id', 'vi', 'th'];
/** Two-letter codes CLDR names that are not countries (European Union, United Nations, Unknown Region, pseudo-locales). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);
let namedCountries: { byName: Map<string, string>; codes: Set<string> } | undefined;

/** Every ISO 3166 country's name in the languages above, folded, to its code; built once, on first use. */
function countryNames(): NonNullable<typeof namedCountries> {
  if (namedCountries) return namedCountries;
  const byName = new Map(ALIAS_TO_CODE);
  const codes = new Set(Object.keys(COUNTRIES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const candidates = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter((code) => !NOT_COUNTRIES.has(code));
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of candidates) if (english.of(code)) codes.add(code);
    for (const language of NAME_LANGUAGES) {
      for (const style of language === 'en' ? ['long', 'short'] as const : ['long'] as const) {
        const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none', style });
        for (const code of codes) {
          const name = names.of(code);
          const key = name && name !== code ? foldText(name) : '';
          if (key && !byName.has(key)) byName.set(key, code);
        }
      }
    }
  } catch {
    // An engine without Intl.DisplayNames still knows the aliases above.
  }
  namedCountries = { byName, codes };
  return namedCountries;
}

/** The ISO code of a country written by name in any of the languages above ("Deutschland", "日本", "Royaume-Uni"). */
export function countryCodeOfName(text: string | undefined): string | undefined {
  const key = foldText(text);
  // The aliases answer the common names without building the whole index (a capture pays for it only on a miss).
  return key ? ALIAS_TO_CODE.get(key) ?? countryNames().byName.get(key) : undefined;
}

/** Whether a two-letter code is an ISO 3166-1 country code ("FR"; "UK" is accepted for GB). */
export function isCountryCode(code: string): boolean {
  return code === 'UK' || (/^[A-Z]{2}$/.test(code) && (code in COUNTRIES || countryNames().codes.has(code)));
}

/** Whether a two-letter part is a US state's code ("MA", "DE"): after a city it names the state, not a country. */
export function isUsStateCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code in US_STATES;
}

/**
 * Well-known cities of the countries whose ISO code is also a US state's code (DE Germany / Delaware, CA Canada /
 * California, IN India / Indiana…): after one of these cities the code names the country ("Berlin, DE"), after any
 * other city the state ("Wilmington, DE"). Folded names, local and English spellings.
 */
const CITIES_OF_STATE_CODE_COUNTRIES: Record<string, string[]> = {
  DE: ['Berlin', 'Hamburg', 'München', 'Munich', 'Köln', 'Cologne', 'Frankfurt', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf',
    'Leipzig', 'Dortmund', 'Essen', 'Bremen', 'Dresden', 'Hannover', 'Hanover', 'Nürnberg', 'Nuremberg', 'Duisburg', 'Bochum',
    'Bonn', 'Münster', 'Karlsruhe', 'Mannheim', 'Augsburg', 'Wiesbaden', 'Heidelberg', 'Potsdam', 'Kiel', 'Freiburg', 'Aachen', 'Mainz'],
  CA: ['Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Edmonton', 'Ottawa', 'Winnipeg', 'Quebec City', 'Québec',
    'Mississauga', 'Brampton', 'Markham', 'Kitchener', 'Halifax', 'Saskatoon', 'Regina', 'Gatineau', 'Laval', 'Burnaby', 'Surrey'],
  IN: ['Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'Pune', 'Ahmedabad', 'Jaipur',
    'Gurgaon', 'Gurugram', 'Noida', 'Kochi', 'Chandigarh', 'Indore', 'Lucknow', 'Coimbatore', 'Thiruvananthapuram'],
  IL: ['Tel Aviv', 'Tel Aviv-Yafo', 'Jerusalem', 'Haifa', 'Herzliya', "Ra'anana", 'Raanana', 'Petah Tikva', 'Netanya', 'Rehovot', "Be'er Sheva"],
  AR: ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza'],
  CO: ['Bogotá', 'Bogota', 'Medellín', 'Medellin', 'Cali', 'Barranquilla', 'Cartagena'],
  MA: ['Casablanca', 'Rabat', 'Marrakech', 'Marrakesh', 'Tangier', 'Tanger', 'Fes', 'Fès'],
  MT: ['Valletta', 'Sliema', "St. Julian's", 'Birkirkara', 'Msida'],
  ID: ['Jakarta', 'Surabaya', 'Bandung', 'Denpasar', 'Medan'],
  PA: ['Panama City', 'Ciudad de Panamá'],
};
const STATE_CODE_COUNTRY_CITIES = new Map(Object.entries(CITIES_OF_STATE_CODE_COUNTRIES).map(([code, cities]) => [code, new Set(cities.map(foldText))]));

/** Whether a city is a well-known city of the country with this code, where the code is also a US state's. */
export function isKnownCityOf(city: string, code: string): boolean {
  return STATE_CODE_COUNTRY_CITIES.get(code)?.has(foldText(city)) ?? false;
}

/** The English name of the country an ISO code names ("DE" → "Germany", "UK" → "United Kingdom"); undefined otherwise. */
export function countryNameOfCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase() === 'UK' ? 'GB' : code.trim().toUpperCase();
  if (!isCountryCode(upper)) return undefined;
  if (COUNTRIES[upper]) return COUNTRIES[upper][0];
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(upper);
  } catch {
    return undefined;
  }
}

/** Whether a part names a US state in full ("Texas"). */
export function isUsStateName(text: string): boolean {
  return US_STATE_NAMES.has(foldText(text));
}

/**
 * Resolves a location rule value ("US", "usa", "Deutschland", "DACH") to country codes; null when it is not
 * a country or grouping (then it is matched as a city or region name).
 */
export function countryCodesForValue(value: string): string[] | null {
  const folded = foldText(value);
  if (!folded) return null;
  const group = GROUPS[folded.replace(/ & /g, ' and ')];
  if (group) return [...group];
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) {
    if (upper === 'UK') return ['GB'];
    if (COUNTRIES[upper]) return [upper];
  }
  const code = ALIAS_TO_CODE.get(folded);
  return code ? [code] : null;
}

/**
 * The country code of a captured location. The `country` field may be a code or a name; a free-text location
 * ("Munich, Bavaria, Germany", "Austin, TX") is read from its comma-separated parts, names only — a bare
 * two-letter part is a US state far more often than a country ("Wilmington, DE").
 */
export function countryCodeOfLocation(country: string | undefined, region: string | undefined, raw: string | undefined): string | undefined {
  if (country?.trim()) {
    const upper = country.trim().toUpperCase();
    if (upper === 'UK') return 'GB';
    if (/^[A-Z]{2}$/.test(upper) && COUNTRIES[upper]) return upper;
    const code = countryCodeOfName(country);
    if (code) return code;
  }
  const parts = [region, ...(raw ?? '').split(/[,|·]/)].map((p) => p?.trim()).filter((p): p is string => Boolean(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    // "Atlanta, Georgia": a US state's name before a country's.
    const code = isUsStateName(part) && parts.length > 1 ? undefined : countryCodeOfName(part);
    if (code) return code;
  }
  for (const part of parts) {
    if (US_STATES[part.toUpperCase()] && /^[A-Za-z]{2}$/.test(part)) return 'US';
    if (US_STATE_NAMES.has(foldText(part))) return 'US';
  }
  return undefined;
}

/** The full state name for a two-letter US state part, so a rule for "California" matches "San Jose, CA". */
export function expandUsStates(text: string): string {
  return text.replace(/\b([A-Z]{2})\b/g, (m, code: string) => (US_STATES[code] ? `${m} ${US_STATES[code]}` : m));
}
