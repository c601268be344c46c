import { describe, expect, it } from 'vitest';
import { countryOfLocale, inferPhoneRegion, keepPhone, phoneCountries, regionalizePhones, resolveRepCountry } from '../../../../src/domain/phones/phone-region';

describe('inferPhoneRegion: prospect country, then ccTLD of email or website, then page language, then the rep', () => {
  it('takes the prospect\'s own country first', () => {
    expect(inferPhoneRegion({ prospectCountry: 'FR', emails: ['a@acme.de'], pageLanguage: 'es-ES', repCountry: 'US' })).toBe('FR');
  });

  it('then the country-code domain of their email, then of their website', () => {
    expect(inferPhoneRegion({ emails: ['jan@example.com', 'jan@firma.nl'], website: 'https://acme.de', pageLanguage: 'es-ES', repCountry: 'US' })).toBe('NL');
    expect(inferPhoneRegion({ emails: ['jan@gmail.com'], website: 'https://www.acme.co.uk/team', repCountry: 'US' })).toBe('GB');
  });

  it('ignores generic and vanity domains (.com, .io, .co, .ai)', () => {
    expect(inferPhoneRegion({ emails: ['a@acme.io'], website: 'https://acme.co', repCountry: 'US' })).toBe('US');
  });

  it('then the page language, region first ("de-AT"), else the language\'s main country', () => {
    expect(inferPhoneRegion({ pageLanguage: 'de-AT', repCountry: 'US' })).toBe('AT');
    expect(inferPhoneRegion({ pageLanguage: 'sv', repCountry: 'US' })).toBe('SE');
    expect(inferPhoneRegion({ pageLanguage: 'en', repCountry: 'DE' })).toBe('DE');
  });

  it('falls back to the rep\'s default country, or nothing', () => {
    expect(inferPhoneRegion({ repCountry: 'ca' })).toBe('CA');
    expect(inferPhoneRegion({})).toBeUndefined();
  });
});

describe('countryOfLocale', () => {
  it('reads the region of a browser locale', () => {
    expect(countryOfLocale('en-GB')).toBe('GB');
    expect(countryOfLocale('pt_BR')).toBe('BR');
    expect(countryOfLocale('de')).toBe('DE');
    expect(countryOfLocale('en')).toBeUndefined();
    expect(countryOfLocale('')).toBeUndefined();
  });
});

describe('keepPhone never drops a number', () => {
  it('gives E.164 when the region makes it valid, with label and extension', () => {
    expect(keepPhone('030 1234567 ext. 12', { region: 'DE', label: 'direct' })).toEqual({ number: '+49301234567', raw: '030 1234567 ext. 12', label: 'direct', extension: '12' });
  });

  it('keeps the text as written when it cannot be normalized, with its label', () => {
    expect(keepPhone('0301234567', { label: 'mobile' })).toEqual({ number: '0301234567', raw: '0301234567', label: 'mobile' });
    expect(keepPhone('+1 555-0123')).toEqual({ number: '+1 555-0123', raw: '+1 555-0123' });
    expect(keepPhone('tel:%2B44%20(0)20%207946%200958')?.number).toBe('+442079460958');
  });

  it('refuses text that is not a phone number at all', () => {
    expect(keepPhone('call me')).toBeUndefined();
    expect(keepPhone('12')).toBeUndefined();
  });
});

describe('regionalizePhones', () => {
  it('normalizes numbers that were kept as written once a region is known, and leaves E.164 alone', () => {
    const phones = [{ number: '030 1234567', raw: '030 1234567', label: 'office' as const }, { number: '+33142685300', raw: '+33 1 42 68 53 00' }];
    expect(regionalizePhones(phones, 'DE')).toEqual([{ number: '+49301234567', raw: '030 1234567', label: 'office' }, { number: '+33142685300', raw: '+33 1 42 68 53 00' }]);
    expect(regionalizePhones(phones, undefined)).toEqual(phones);
  });
});

describe('the rep\'s default country', () => {
  it('is the saved setting, else the first browser locale that names a country', () => {
    expect(resolveRepCountry('FR', ['de-AT'])).toBe('FR');
    expect(resolveRepCountry('', ['en', 'de-AT', 'fr-FR'])).toBe('AT');
    expect(resolveRepCountry(undefined, ['en'])).toBeUndefined();
  });

  it('is chosen from the countries phone numbers can be read for', () => {
    const countries = phoneCountries();
    expect(countries).toContain('DE');
    expect(countries).toContain('US');
    expect(countries.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });
});
