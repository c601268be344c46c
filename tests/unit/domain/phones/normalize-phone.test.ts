import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../src/domain/phones/normalize-phone';

describe('normalizePhone', () => {
  it('parses international numbers without a default country', () => {
    expect(normalizePhone('+1 415 555 0132')).toEqual({ number: '+14155550132', raw: '+1 415 555 0132' });
    expect(normalizePhone('+33 1 42 68 53 00')?.number).toBe('+33142685300');
    expect(normalizePhone('+34 612 34 56 78')?.number).toBe('+34612345678');
  });

  it('drops the bracketed trunk prefix in "+49 (0)30 1234567"', () => {
    expect(normalizePhone('+49 (0)30 1234567')?.number).toBe('+49301234567');
    expect(normalizePhone('+44 (0) 20 7946 0958')?.number).toBe('+442079460958');
  });

  it('uses the default country the caller inferred for national numbers', () => {
    expect(normalizePhone('(415) 555-0132', { defaultCountry: 'US' })?.number).toBe('+14155550132');
    expect(normalizePhone('415.555.0132', { defaultCountry: 'us' })?.number).toBe('+14155550132');
    expect(normalizePhone('020 7946 0958', { defaultCountry: 'GB' })?.number).toBe('+442079460958');
    expect(normalizePhone('020 7946 0958', { defaultCountry: 'UK' })?.number).toBe('+442079460958');
    expect(normalizePhone('0171 1234567', { defaultCountry: 'DE' })?.number).toBe('+491711234567');
  });

  it('returns null for a national number when no country is known', () => {
    expect(normalizePhone('020 7946 0958')).toBeNull();
  });

  it('keeps extensions apart from the E.164 number', () => {
    expect(normalizePhone('+1 415 555 0132 x123')).toMatchObject({ number: '+14155550132', extension: '123' });
    expect(normalizePhone('+1 (212) 555-0100 ext. 45')).toMatchObject({ number: '+12125550100', extension: '45' });
    expect(normalizePhone('(212) 555-0100, Ext 7', { defaultCountry: 'US' })).toMatchObject({ extension: '7' });
    expect(normalizePhone('+49 30 901820-0 Durchwahl 12')).toMatchObject({ number: '+49309018200', extension: '12' });
  });

  it('accepts tel: URIs, including RFC 3966 extensions and percent-encoding', () => {
    expect(normalizePhone('tel:+14155550132')).toMatchObject({ number: '+14155550132', raw: 'tel:+14155550132' });
    expect(normalizePhone('tel:+1-415-555-0132;ext=88')).toMatchObject({ number: '+14155550132', extension: '88' });
    expect(normalizePhone('tel:%2B44%2020%207946%200958')?.number).toBe('+442079460958');
    expect(normalizePhone('TEL:415-555-0132', { defaultCountry: 'US' })?.number).toBe('+14155550132');
  });

  it('reads a bracketed country code', () => {
    expect(normalizePhone('(+34) 91 123 45 67')?.number).toBe('+34911234567');
  });

  it('reads a 00 international prefix', () => {
    expect(normalizePhone('0049 30 1234567')?.number).toBe('+49301234567');
    expect(normalizePhone('0033 1 42 68 53 00', { defaultCountry: 'DE' })?.number).toBe('+33142685300');
  });

  it('keeps the label the caller read from the signature', () => {
    expect(normalizePhone('+1 415 555 0199', { label: 'mobile' })).toEqual({
      number: '+14155550199', raw: '+1 415 555 0199', label: 'mobile',
    });
  });

  it('keeps fictional-range numbers written in full international form', () => {
    expect(normalizePhone('+44 7700 900123')?.number).toBe('+447700900123');
  });

  it('rejects dates, years, zip codes and short codes', () => {
    for (const text of ['2026-03-03', '12.03.2026', '03/04/2026', '2019-2024', '2024', '94107', '10115', '12345', '#250', '911', '10:02']) {
      expect(normalizePhone(text, { defaultCountry: 'DE' }), text).toBeNull();
      expect(normalizePhone(text, { defaultCountry: 'US' }), text).toBeNull();
    }
  });

  it('rejects text that is not only a number', () => {
    expect(normalizePhone('10115 Berlin', { defaultCountry: 'DE' })).toBeNull();
    expect(normalizePhone('Suite 400', { defaultCountry: 'US' })).toBeNull();
    expect(normalizePhone('', { defaultCountry: 'US' })).toBeNull();
    expect(normalizePhone('   ')).toBeNull();
    expect(normalizePhone('+1 415 +555 0132')).toBeNull();
    expect(normalizePhone('1'.repeat(80))).toBeNull();
    expect(normalizePhone(undefined as unknown as string)).toBeNull();
  });

  it('rejects invalid national numbers', () => {
    expect(normalizePhone('555-0132', { defaultCountry: 'US' })).toBeNull();
    expect(normalizePhone('(015) 555-0132', { defaultCountry: 'US' })).toBeNull();
  });
});
