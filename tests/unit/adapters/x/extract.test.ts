import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml, runFixture } from '../fixture-helpers';
import { extract } from '../../../../src/adapters/x/extract';

describe('X adapter', () => {
  it('prefers the ProfilePage JSON-LD; givenName is the display name, not a first name', () => {
    const { result } = runFixture('x', 'profile-with-schema');
    if (!result.ok) throw new Error(result.error);
    const d = result.people[0]!;
    expect(d.fields.fullName).toBe('Priya Raman-Okafor');
    expect(d.fields.firstName).toBe('Priya');
    expect(d.fields.headline).toBe('Data partnerships at @northwind. Open data, privacy, maps. Views mine.');
    // The 400x400 JSON-LD image, not the 200x200 DOM avatar; the t.co redirect is not the website.
    expect(d.fields.photo).toContain('_400x400');
    expect(d.fields.website).toBe('https://priya.example.com/');
    expect(d.fieldSources.fullName).toBe('x');
  });

  it('DOM only: data-testid elements, truncated link text kept to its host', () => {
    const f = loadFixture('x', 'twitter-dom-only');
    const out = extract(parseHtml(f.html), new URL(f.spec.url));
    const p = out.people[0]!;
    expect(p.fullName).toBe('Jonas van der Berg');
    expect(p.headline).toBe('Director of Partnerships @fabrikamdata · ecosystems, standards, bikes 🚲');
    expect(p.location).toEqual({ city: 'Amsterdam', raw: 'Amsterdam' });
    expect(p.website).toBe('https://fabrikam-data.example.nl/');
    expect(p.profiles).toEqual({ x: 'https://x.com/JonasVdBerg' });
  });

  it('reports the missed selectors on a profile that rendered nothing', () => {
    const out = extract(parseHtml('<html><body><div id="react-root"></div></body></html>'), new URL('https://x.com/someone'));
    expect(out.people).toEqual([]);
    expect(out.report.missed).toEqual(expect.arrayContaining(['[data-testid="UserName"]', 'script[data-testid="UserProfileSchema-test"]']));
  });
});

describe('X adapter on a server-rendered head only (no profile markup, no JSON-LD)', () => {
  const head = (title: string, extra = '') => parseHtml(`<html><head><title>${title}</title>
    <meta content="profile" property="og:type" /><meta content="${title}" property="og:title" />
    <meta content="Data partnerships at @northwind. Maps." property="og:description" />
    <meta content="https://pbs.twimg.com/profile_images/1/abc_200x200.jpg" property="og:image" />${extra}</head><body></body></html>`);

  it('reads the display name from og:title and keeps the handle from the URL', () => {
    const out = extract(head('Priya Raman-Okafor 🛰️ (@priyaro_data) on X'), new URL('https://x.com/priyaro_data'));
    expect(out.people[0]).toMatchObject({
      fullName: 'Priya Raman-Okafor', headline: 'Data partnerships at @northwind. Maps.',
      photo: 'https://pbs.twimg.com/profile_images/1/abc_200x200.jpg', profiles: { x: 'https://x.com/priyaro_data' },
    });
    expect(out.report.selectors).toMatchObject({ metaTitle: 'meta[property="og:title"]', userName: null, schema: null });
  });

  it('reads the older "Name (@handle) / X" and "/ Twitter" titles', () => {
    expect(extract(head('Jonas van der Berg (@JonasVdBerg) / X'), new URL('https://twitter.com/JonasVdBerg')).people[0]?.fullName).toBe('Jonas van der Berg');
    expect(extract(head('Lena Fischer (@lena_f) / Twitter'), new URL('https://twitter.com/lena_f')).people[0]?.fullName).toBe('Lena Fischer');
  });

  it('does not take another account\'s title for this profile', () => {
    const out = extract(head('Someone Else (@someone) on X'), new URL('https://x.com/priyaro_data'));
    expect(out.people).toEqual([]);
  });
});
