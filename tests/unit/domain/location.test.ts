// A free-text location ("Lyon, Auvergne-Rhône-Alpes, France") split into city, region and country, as written.
import { describe, expect, it } from 'vitest';
import { normalizeLocation, splitLocation } from '../../../src/domain/location';
import { countryCodeOfLocation } from '../../../src/domain/segments/locations';

describe('splitLocation', () => {
  it.each([
    // LinkedIn and Sales Navigator "Location" values, in the member's language.
    ['Lyon, Auvergne-Rhône-Alpes, France', { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France' }],
    ['München, Bayern, Deutschland', { city: 'München', region: 'Bayern', country: 'Deutschland' }],
    ['Madrid, Comunidad de Madrid, España', { city: 'Madrid', region: 'Comunidad de Madrid', country: 'España' }],
    ['São Paulo, São Paulo, Brasil', { city: 'São Paulo', region: 'São Paulo', country: 'Brasil' }],
    ['Milano, Lombardia, Italia', { city: 'Milano', region: 'Lombardia', country: 'Italia' }],
    ['Amsterdam, Noord-Holland, Nederland', { city: 'Amsterdam', region: 'Noord-Holland', country: 'Nederland' }],
    ['Warszawa, Mazowieckie, Polska', { city: 'Warszawa', region: 'Mazowieckie', country: 'Polska' }],
    ['Genève, Suisse', { city: 'Genève', country: 'Suisse' }],
    ['Kraków, Małopolskie, Polen', { city: 'Kraków', region: 'Małopolskie', country: 'Polen' }],
    ['Toronto, ON, Canada', { city: 'Toronto', region: 'ON', country: 'Canada' }],
    ['London, England, United Kingdom', { city: 'London', region: 'England', country: 'United Kingdom' }],
    ['東京都, 日本', { city: '東京都', country: '日本' }],
    ['Helsinki, Uusimaa, Suomi', { city: 'Helsinki', region: 'Uusimaa', country: 'Suomi' }],
    ['Nairobi, Kenya', { city: 'Nairobi', country: 'Kenya' }],
    // A country's ISO code is stored as the country it names.
    ['Lyon, FR', { city: 'Lyon', country: 'France' }],
    ['Paris, FR', { city: 'Paris', country: 'France' }],
    ['Austin, TX, US', { city: 'Austin', region: 'TX', country: 'United States' }],
    // A code that is both a US state and a country: the country when the city is one of its well-known cities.
    ['Berlin, DE', { city: 'Berlin', country: 'Germany' }],
    ['München, DE', { city: 'München', country: 'Germany' }],
    ['Toronto, CA', { city: 'Toronto', country: 'Canada' }],
    ['Bengaluru, IN', { city: 'Bengaluru', country: 'India' }],
    ['Tel Aviv, IL', { city: 'Tel Aviv', country: 'Israel' }],
    ['San Diego, CA', { city: 'San Diego', region: 'CA' }],
    ['Springfield, IL', { city: 'Springfield', region: 'IL' }],
    // A two-letter part after a city is a US state far more often than a country (MA is also Morocco).
    ['Boston, MA', { city: 'Boston', region: 'MA' }],
    ['Wilmington, DE', { city: 'Wilmington', region: 'DE' }],
    ['Austin, Texas, United States', { city: 'Austin', region: 'Texas', country: 'United States' }],
    ['California', { region: 'California' }],
    ['Germany', { country: 'Germany' }],
    ['Paris', { city: 'Paris' }],
    // Metropolitan areas are regions, not cities; "Remote" is no place at all.
    ['Greater Boston Area', { region: 'Greater Boston Area' }],
    ['San Francisco Bay Area', { region: 'San Francisco Bay Area' }],
    ['San Francisco Bay Area, US', { region: 'San Francisco Bay Area', country: 'United States' }],
    ['München und Umgebung', { region: 'München und Umgebung' }],
    ['Région de Paris, France', { region: 'Région de Paris', country: 'France' }],
    ['Área metropolitana de Madrid', { region: 'Área metropolitana de Madrid' }],
    ['São Paulo e Região', { region: 'São Paulo e Região' }],
    ['Amsterdam en omgeving', { region: 'Amsterdam en omgeving' }],
    ['Remote', {}],
    ['Remote, United States', { country: 'United States' }],
    // A postal address: the street is dropped, the postcode taken off the city.
    ['Friedrichstraße 12, 10117 Berlin', { city: 'Berlin' }],
  ])('%s', (text, parts) => {
    expect(splitLocation(text)).toEqual(parts);
  });
});

describe('normalizeLocation', () => {
  it('splits a whole location written into the country field or left raw, and keeps the text as written', () => {
    expect(normalizeLocation({ country: 'Lyon, Auvergne-Rhône-Alpes, France' }))
      .toEqual({ city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France', raw: 'Lyon, Auvergne-Rhône-Alpes, France' });
    expect(normalizeLocation({ raw: 'Porto, Portugal' })).toEqual({ city: 'Porto', country: 'Portugal', raw: 'Porto, Portugal' });
  });

  it('keeps a location that is already split, and fills the country it names', () => {
    expect(normalizeLocation({ city: 'Boston', region: 'MA', country: 'United States' })).toEqual({ city: 'Boston', region: 'MA', country: 'United States' });
    expect(normalizeLocation({ country: 'DE', raw: 'Berlin, Germany' })).toEqual({ city: 'Berlin', country: 'DE', raw: 'Berlin, Germany' });
  });

  it('moves a metropolitan area given as the city to the region', () => {
    expect(normalizeLocation({ city: 'San Francisco Bay Area', country: 'US' })).toEqual({ region: 'San Francisco Bay Area', country: 'US' });
  });

  it('keeps what cannot be split as written, and nothing when there is nothing', () => {
    expect(normalizeLocation({ raw: 'Remote' })).toEqual({ raw: 'Remote' });
    expect(normalizeLocation({ raw: '  ' })).toBeUndefined();
  });
});

describe('country names beyond the alias table (Intl.DisplayNames)', () => {
  it('give segment rules the country of any ISO country written in one of many languages', () => {
    expect(countryCodeOfLocation(undefined, undefined, 'Accra, Ghana')).toBe('GH');
    expect(countryCodeOfLocation(undefined, undefined, '東京都, 日本')).toBe('JP');
    expect(countryCodeOfLocation('Royaume-Uni', undefined, undefined)).toBe('GB');
    expect(countryCodeOfLocation(undefined, undefined, 'Atlanta, Georgia')).toBe('US');
  });
});
