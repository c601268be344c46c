import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeKey, normalizeProfileUrl } from '../../../src/domain/prospect';

describe('normalizeKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeKey('  José  Müller-Lüdenscheidt ')).toBe('jose muller ludenscheidt');
    expect(normalizeKey('ACME, Inc.')).toBe('acme inc');
    expect(normalizeKey(undefined)).toBe('');
  });
});

describe('normalizeProfileUrl', () => {
  it('treats URL variants of one profile as the same', () => {
    const a = normalizeProfileUrl('https://www.linkedin.com/in/Jane-Doe-123/');
    expect(normalizeProfileUrl('https://de.linkedin.com/in/jane-doe-123')).toBe(a);
    expect(normalizeProfileUrl('http://linkedin.com/in/jane-doe-123?trk=x')).toBe(a);
    expect(a).toBe('linkedin.com/in/jane-doe-123');
  });
  it('does not strip a two-letter subdomain of an unknown site (de.example.com is another site)', () => {
    expect(normalizeProfileUrl('https://de.example.com/people/jane')).toBe('de.example.com/people/jane');
    expect(normalizeProfileUrl('https://de.example.com/people/jane')).not.toBe(normalizeProfileUrl('https://example.com/people/jane'));
  });
  it('keeps what is not a URL, lower-cased', () => {
    expect(normalizeProfileUrl(' Not A URL ')).toBe('not a url');
  });
});

describe('normalizeEmail', () => {
  it('strips mailto: and folds case', () => {
    expect(normalizeEmail(' mailto:Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
  });
});

describe('safe web addresses', () => {
  it('keeps http(s) links and drops script and data URLs', async () => {
    const { safeWebUrl, sanitizeFields } = await import('../../../src/domain/prospect');
    expect(safeWebUrl(' https://acme.example/team ')).toBe('https://acme.example/team');
    expect(safeWebUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeWebUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeWebUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeWebUrl('http://')).toBeUndefined();
    const clean = sanitizeFields({ website: 'javascript:x', profiles: { linkedin: 'https://www.linkedin.com/in/a', x: 'javascript:y' }, photo: 'data:image/png;base64,AAAA' });
    expect(clean).toEqual({ profiles: { linkedin: 'https://www.linkedin.com/in/a' } });
  });
});
