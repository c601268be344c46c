import { describe, expect, it } from 'vitest';
import { canonicalHost, normalizeProfileUrl, pageIdentity, pageKeyOf, profileKeyOf } from '../../../src/domain/page-identity';

describe('pageIdentity: who a page address identifies, per site', () => {
  it('LinkedIn: the /in/<slug> profile, on any of its hosts and sub-pages; nobody on the feed, search or a company', () => {
    const key = 'linkedin.com/in/ada-ashgrove';
    for (const url of [
      'https://www.linkedin.com/in/Ada-Ashgrove/',
      'https://de.linkedin.com/in/ada-ashgrove?originalSubdomain=de',
      'https://m.linkedin.com/in/ada-ashgrove',
      'https://www.linkedin.com/in/ada-ashgrove/overlay/contact-info/',
      'https://www.linkedin.com/in/ada-ashgrove/details/experience/#top',
    ]) expect(pageIdentity(url), url).toEqual({ kind: 'profile', site: 'linkedin', key });
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/search/results/people/?keywords=ada',
      'https://www.linkedin.com/company/northwind/people/',
      'https://www.linkedin.com/in/',
    ]) expect(pageIdentity(url), url).toEqual({ kind: 'none' });
  });

  it('GitHub: /<login> only, not a repository or GitHub\'s own pages', () => {
    expect(pageIdentity('https://github.com/Priyaro?tab=repositories')).toEqual({ kind: 'profile', site: 'github', key: 'github.com/priyaro' });
    expect(pageIdentity('https://www.github.com/priyaro/')).toEqual({ kind: 'profile', site: 'github', key: 'github.com/priyaro' });
    expect(pageIdentity('https://github.com/priyaro/dataset-tools')).toEqual({ kind: 'none' });
    expect(pageIdentity('https://github.com/settings/profile')).toEqual({ kind: 'none' });
    expect(pageIdentity('https://github.com/explore')).toEqual({ kind: 'none' });
  });

  it('X: /<handle> and its tabs on x.com and twitter.com; not the timeline, search or a single post', () => {
    const expected = { kind: 'profile', site: 'x', key: 'x.com/priyaro_data' };
    expect(pageIdentity('https://x.com/priyaro_data')).toEqual(expected);
    expect(pageIdentity('https://twitter.com/Priyaro_Data/media')).toEqual(expected);
    expect(pageIdentity('https://mobile.x.com/priyaro_data/')).toEqual(expected);
    expect(pageIdentity('https://x.com/home')).toEqual({ kind: 'none' });
    expect(pageIdentity('https://x.com/search?q=priya')).toEqual({ kind: 'none' });
    expect(pageIdentity('https://x.com/priyaro_data/status/1790000000000000000')).toEqual({ kind: 'none' });
  });

  it('Gmail and Outlook: the open message\'s sender, which no address tells (inbox and threads share a path)', () => {
    for (const url of [
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp',
      'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D',
      'https://outlook.cloud.microsoft/mail/inbox',
      'https://outlook.live.com/mail/0/',
    ]) expect(pageIdentity(url).kind, url).toBe('message');
  });

  it('any other page: its own address, with the query that picks content and a route fragment', () => {
    expect(pageIdentity('https://events.example.com/speakers/amara-okafor/')).toEqual({ kind: 'page', key: 'page:events.example.com/speakers/amara-okafor' });
    // Different people behind one path: the query and an SPA route are part of the address…
    expect(pageKeyOf('https://crm.example.com/people?id=12')).not.toBe(pageKeyOf('https://crm.example.com/people?id=13'));
    expect(pageKeyOf('https://app.example.com/#/people/12')).not.toBe(pageKeyOf('https://app.example.com/#/people/13'));
    // … click tracking and an in-page anchor are not.
    expect(pageKeyOf('https://conf.example.org/speakers/ada?utm_source=x&fbclid=1#bio')).toBe(pageKeyOf('https://conf.example.org/speakers/ada'));
    expect(pageIdentity('not a url')).toEqual({ kind: 'none' });
    expect(pageIdentity('chrome://extensions/')).toEqual({ kind: 'none' });
  });
});

describe('host normalization', () => {
  it('keeps two-letter subdomains of sites it does not know: de.example.com is not example.com', () => {
    expect(canonicalHost('de.example.com')).toBe('de.example.com');
    expect(normalizeProfileUrl('https://de.example.com/team/ada')).not.toBe(normalizeProfileUrl('https://example.com/team/ada'));
    expect(pageKeyOf('https://uk.shop.example/about')).not.toBe(pageKeyOf('https://shop.example/about'));
    expect(normalizeProfileUrl('https://www.example.com/ada/')).toBe('example.com/ada');
  });
  it('folds a known site\'s hosts into one: country, mobile and www. LinkedIn, twitter.com and x.com', () => {
    expect(canonicalHost('de.linkedin.com')).toBe('linkedin.com');
    expect(canonicalHost('m.linkedin.com')).toBe('linkedin.com');
    expect(canonicalHost('mobile.twitter.com')).toBe('x.com');
    expect(canonicalHost('linkedin.com.evil.example')).toBe('linkedin.com.evil.example');
    expect(profileKeyOf('https://twitter.com/Jane_Doe')).toBe(profileKeyOf('https://x.com/jane_doe'));
    expect(normalizeProfileUrl('https://www.linkedin.com/in/ren%C3%A9-dubois/details/experience/')).toBe(normalizeProfileUrl('https://fr.linkedin.com/in/René-Dubois'));
  });
});
