// Every adapter's example URLs against every detector: each positive URL is claimed by exactly its own adapter,
// each negative URL by not its own.
import { describe, expect, it } from 'vitest';
import { detectSite } from '../../../src/domain/site';
import { emailAdapters, siteAdapters } from '../../../src/adapters/registry';

const detectors = [
  ...siteAdapters.map((a) => ({ key: a.key as string, detect: a.detect, exampleUrls: a.exampleUrls })),
  ...emailAdapters.map((a) => ({ key: a.site as string, detect: a.detect, exampleUrls: a.exampleUrls })),
];

describe('URL detector matrix', () => {
  for (const owner of detectors) {
    it(`${owner.key}: positives are claimed by ${owner.key} only`, () => {
      expect(owner.exampleUrls.positive.length).toBeGreaterThanOrEqual(3);
      for (const raw of owner.exampleUrls.positive) {
        const url = new URL(raw);
        const claimedBy = detectors.filter((d) => d.detect(url)).map((d) => d.key);
        expect(claimedBy, raw).toEqual([owner.key]);
      }
    });
    it(`${owner.key}: negatives are not claimed by ${owner.key}`, () => {
      expect(owner.exampleUrls.negative.length).toBeGreaterThanOrEqual(3);
      for (const raw of owner.exampleUrls.negative) expect(owner.detect(new URL(raw)), raw).toBe(false);
    });
  }

  it('detectSite maps hosts to site keys', () => {
    expect(detectSite('https://www.linkedin.com/feed/')).toBe('linkedin');
    expect(detectSite('https://de.linkedin.com/in/lena-fischer-example')).toBe('linkedin');
    expect(detectSite(new URL('https://github.com/priyaro/dataset-tools'))).toBe('github');
    expect(detectSite('https://twitter.com/home')).toBe('x');
    expect(detectSite('https://x.com/priyaro_data')).toBe('x');
    expect(detectSite('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(detectSite('https://outlook.office.com/mail/inbox')).toBe('outlook');
    expect(detectSite('https://outlook.live.com/mail/0/')).toBe('outlook');
    expect(detectSite('https://northwind.example.com/team')).toBe('web');
    expect(detectSite('https://linkedin.com.evil.example/in/x')).toBe('web');
    expect(detectSite('not a url')).toBe('web');
  });
});
