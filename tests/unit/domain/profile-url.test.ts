// A profile address typed without https:// ("linkedin.com/in/ada") is completed for every profile site Segue knows.
import { describe, expect, it } from 'vitest';
import { completeProfileUrl } from '../../../src/domain/profile-url';
import { KNOWN_SITES } from '../../../src/domain/sites';

const profileSites = KNOWN_SITES.filter((site) => site.identity === 'profile');

describe('completeProfileUrl', () => {
  it('adds https:// to an address on each host of every profile site', () => {
    expect(profileSites.length).toBeGreaterThan(0);
    for (const site of profileSites) {
      for (const host of site.hosts) {
        expect(completeProfileUrl(` ${host}/someone `), host).toBe(`https://${host}/someone`);
        expect(completeProfileUrl(`${host.toUpperCase()}/someone`), host).toBe(`https://${host.toUpperCase()}/someone`);
      }
    }
  });

  it('adds https:// on country hosts and after a leading //', () => {
    expect(completeProfileUrl('de.linkedin.com/in/ada')).toBe('https://de.linkedin.com/in/ada');
    expect(completeProfileUrl('//github.com/ada')).toBe('https://github.com/ada');
  });

  it('leaves full addresses, other sites and other schemes as typed (trimmed)', () => {
    expect(completeProfileUrl(' https://www.linkedin.com/in/ada ')).toBe('https://www.linkedin.com/in/ada');
    expect(completeProfileUrl('http://github.com/ada')).toBe('http://github.com/ada');
    expect(completeProfileUrl('example.com/ada')).toBe('example.com/ada');
    expect(completeProfileUrl('linkedin.com.evil.example/in/ada')).toBe('linkedin.com.evil.example/in/ada');
    expect(completeProfileUrl('mail.google.com/mail/u/0')).toBe('mail.google.com/mail/u/0');
    expect(completeProfileUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(completeProfileUrl('')).toBe('');
  });
});
