// A location written as one text ("Lyon, Auvergne-Rhône-Alpes, France", "Greater Boston Area", "Austin, TX")
// split into city, region and country. Capture (adapters' PersonBuilder) and import (CSV and vCard rows) both store
// locations through normalizeLocation, so a prospect's City, Region and Country fields hold what their names say.
import type { Location } from './prospect';
import { countryCodeOfName, countryNameOfCode, isCountryCode, isKnownCityOf, isUsStateCode, isUsStateName } from './segments/locations';

/** Words that make a part a metropolitan area or a region rather than a city, in the languages LinkedIn writes. */
const AREA_WORDS = ['area', 'metro', 'metropolitan', 'greater', 'region', 'county', 'province', 'und umgebung', 'großraum',
  'metropolregion', 'région', 'périphérie', 'agglomération', 'alrededores', 'área metropolitana', 'area metropolitana',
  'región', 'regione', 'região', 'dintorni', 'omgeving', 'regio', 'metropoolregio', 'området', 'storstadsområde'];
const AREA = new RegExp(`(?<!\\p{L})(?:${AREA_WORDS.join('|')})(?!\\p{L})`, 'iu');
/** Parts that say where a person works, not a place. */
const NOT_A_PLACE = /^(remote|anywhere|worldwide|global|hybrid|home ?office|work from home|wfh|télétravail|remoto|en remoto|teletrabajo|fernarbeit|op afstand|distanciel)$/i;
/** A postcode before or after a city ("10117 Berlin", "Paris 75001", "00-950 Warszawa", "114 51 Stockholm"). */
const POSTCODE = /^(?:\d{4,6}|\d{2}-\d{3}|\d{3} \d{2})\s+|\s+(?:\d{4,6}|\d{2}-\d{3}|\d{3} \d{2})$/g;

type Parts = Pick<Location, 'city' | 'region' | 'country'>;

function isCountry(part: string, last: boolean, several: boolean, before: string | undefined): boolean {
  if (/^[A-Z]{2}$/.test(part)) {
    // "Wilmington, DE" is Delaware; "Berlin, DE" is Germany.
    const state = several && isUsStateCode(part) && !(before !== undefined && isKnownCityOf(before, part));
    return last && !state && isCountryCode(part);
  }
  // "Atlanta, Georgia": after a city, Georgia is the US state.
  if (several && isUsStateName(part)) return false;
  return countryCodeOfName(part) !== undefined;
}

/**
 * The city, region and country a free-text location names, each as written (a country's ISO code as the country's
 * name); {} when it names no place ("Remote").
 */
export function splitLocation(text: string): Parts {
  const parts = text.split(/\s*[,;|·]\s*/).map((p) => p.trim()).filter(Boolean)
    .filter((p) => !NOT_A_PLACE.test(p))
    // A street line carries a number that is not a postcode: it is an address, not a place name.
    .map((p) => p.replace(POSTCODE, '').trim())
    .filter((p) => p && !/\d/.test(p));
  const out: Parts = {};
  if (!parts.length) return out;
  const several = parts.length > 1;
  const last = parts[parts.length - 1]!;
  if (isCountry(last, true, several, parts[0])) {
    // An ISO code is stored as the country it names ("FR" → "France"); a name as written.
    out.country = /^[A-Z]{2}$/.test(last) ? countryNameOfCode(last) ?? last : last;
    parts.pop();
  }
  if (parts.length === 1) {
    const only = parts[0]!;
    if (AREA.test(only) || isUsStateName(only) || (out.country === undefined && isUsStateCode(only) && !several)) out.region = only;
    else out.city = only;
  } else if (parts.length > 1) {
    out.city = parts[0]!;
    out.region = parts[parts.length - 1]!;
  }
  return out;
}

const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * A location as it should be stored: one that is already split is kept; a whole location written into `raw` or
 * into `country` ("Lyon, Auvergne-Rhône-Alpes, France" in a Country column) is split, and the text as written is
 * kept in `raw`. Undefined when nothing is left.
 */
export function normalizeLocation(location: Location | undefined): Location | undefined {
  if (!location) return undefined;
  let city = clean(location.city);
  let region = clean(location.region);
  // LinkedIn's own data puts "San Francisco Bay Area" in the city: a metropolitan area is a region.
  if (city && !region && AREA.test(city)) {
    region = city;
    city = undefined;
  }
  let country = clean(location.country);
  let raw = clean(location.raw);
  if (!city && !region && (raw || country)) {
    if (country && /[,;|]/.test(country)) {
      raw ??= country;
      country = undefined;
    }
    if (raw) {
      const parts = splitLocation(raw);
      const out: Location = { ...parts, ...(country ? { country } : {}), raw };
      return out;
    }
  }
  const out: Location = { ...(city ? { city } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}), ...(raw ? { raw } : {}) };
  return Object.keys(out).length ? out : undefined;
}
