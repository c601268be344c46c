import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../../src/adapters/shared/urls';

describe('safeHttpUrl', () => {
  const page = new URL('https://www.tiktok.com/@someone');
  it('reads an address written without its scheme as a host, not a path of the page ("twitch.tv/someone")', () => {
    expect(safeHttpUrl('twitch.tv/someone', page)).toBe('https://twitch.tv/someone');
    expect(safeHttpUrl('www.example.com', page)).toBe('https://www.example.com/');
    expect(safeHttpUrl('github.com/someone/', page)).toBe('https://github.com/someone/');
  });
  it('still resolves real relative links against the page', () => {
    expect(safeHttpUrl('/about', page)).toBe('https://www.tiktok.com/about');
    expect(safeHttpUrl('team/jane.html', new URL('https://acme.example.com/company/'))).toBe('https://acme.example.com/company/team/jane.html');
    expect(safeHttpUrl('javascript:alert(1)', page)).toBeUndefined();
    expect(safeHttpUrl('README.md', new URL('https://acme.example.com/docs/'))).toBe('https://acme.example.com/docs/README.md');
    expect(safeHttpUrl('jane.vcf', new URL('https://acme.example.com/team/'))).toBe('https://acme.example.com/team/jane.vcf');
  });
});
