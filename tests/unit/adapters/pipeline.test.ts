// Merging across layers: trust order, per-field sources, unions, who the page is about, failures isolated.
import { describe, expect, it } from 'vitest';
import { parseHtml } from './fixture-helpers';
import { extractPage, runLayer, toCliShape } from '../../../src/adapters/pipeline';

const url = new URL('https://ada.example.com/');

const layered = `<!doctype html><html><head>
  <meta property="og:type" content="profile"><meta property="og:title" content="Ada Quinn"><meta property="og:image" content="https://ada.example.com/og.png">
  <meta property="og:description" content="OG description">
  <script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"CEO","email":"ada@acme.example.com","sameAs":"https://www.linkedin.com/in/ada-quinn-ld"}</script>
</head><body>
  <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada Quinn</span><span itemprop="jobTitle">Chief Executive</span>
    <span itemprop="worksFor">Acme Robotics</span><a itemprop="sameAs" href="https://github.com/adaq">gh</a><a itemprop="sameAs" href="https://www.linkedin.com/in/ada-quinn-md">li</a></div>
  <div class="h-card"><span class="p-name">Ada Quinn</span><span class="p-tel">+1 415 555 0199</span><a class="u-email" href="mailto:ADA@acme.example.com">mail</a></div>
  <a href="mailto:press@acme.example.com">Press</a>
</body></html>`;

describe('extractPage merge', () => {
  it('most trusted non-empty value per field wins; emails/phones are unions; profiles merge per network', () => {
    const result = extractPage(parseHtml(layered), url);
    if (!result.ok) throw new Error(result.error);
    expect(result.people).toHaveLength(1);
    const d = result.people[0]!;
    expect(d.fields.title).toBe('CEO');
    expect(d.fieldSources.title).toBe('json-ld');
    expect(d.fields.company).toBe('Acme Robotics');
    expect(d.fieldSources.company).toBe('microdata');
    expect(d.fields.emails).toEqual(['ada@acme.example.com', 'press@acme.example.com']);
    expect(d.fieldSources.emails).toBe('json-ld');
    expect(d.fields.phones).toEqual([{ number: '+14155550199', raw: '+1 415 555 0199' }]);
    expect(d.fieldSources.phones).toBe('h-card');
    expect(d.fields.profiles).toEqual({ linkedin: 'https://www.linkedin.com/in/ada-quinn-ld', github: 'https://github.com/adaq' });
    expect(d.fields.photo).toBe('https://ada.example.com/og.png');
    expect(d.fieldSources.photo).toBe('opengraph');
    expect(d.fields.headline).toBe('OG description');
    expect(d.fields.firstName).toBe('Ada');
    expect(d.fieldSources.firstName).toBe('derived');
    expect(d.source).toEqual({ url: 'https://ada.example.com/', site: 'web', capturedAt: expect.any(Number), onlyPersonOnPage: true });
    expect(result.reports.map((r) => r.layer)).toEqual(['json-ld', 'microdata', 'rdfa', 'h-card', 'team-page', 'opengraph', 'links']);
  });

  it('a structured person with another name is someone else and is left out', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"CEO"}</script></head><body>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ben Ortiz</span><span itemprop="worksFor">Other Co</span></div></body></html>`;
    const result = extractPage(parseHtml(html), url);
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields.company).toBeUndefined();
    expect(result.reports.find((r) => r.layer === 'microdata')?.notes?.[0]).toMatch(/Ben Ortiz/);
  });

  it('a layer that throws becomes an error report, not a failed capture', () => {
    const run = runLayer({ source: 'microdata', kind: 'structured', run: () => { throw new Error('boom'); } }, parseHtml('<p></p>'), url);
    expect(run.output).toEqual({ people: [], report: { layer: 'microdata', people: 0, fields: [], error: 'microdata failed: boom' } });
    const overflow = runLayer({ source: 'h-card', kind: 'structured', run: () => { throw new RangeError('Maximum call stack size exceeded'); } }, parseHtml('<p></p>'), url);
    expect(overflow.output.report.error).toBe('h-card failed: page too deeply nested or too large for this layer');
  });

  it('team page: one draft per person; the links layer does not attach a footer email to anyone', () => {
    const cards = ['Ada Quinn|CEO', 'Ben Ortiz|CTO', 'Chloé Martin|Head of Sales']
      .map((s) => s.split('|'))
      .map(([n, t]) => `<div class="team-member"><h3>${n}</h3><p>${t}</p></div>`)
      .join('');
    const result = extractPage(parseHtml(`<main>${cards}</main><footer><a href="mailto:hello@acme.example.com">hello</a></footer>`), new URL('https://acme.example.com/team'));
    if (!result.ok) throw new Error(result.error);
    expect(result.people.map((p) => [p.fields.fullName, p.fields.title, p.fields.emails])).toEqual([
      ['Ada Quinn', 'CEO', []], ['Ben Ortiz', 'CTO', []], ['Chloé Martin', 'Head of Sales', []],
    ]);
    const shape = toCliShape(result);
    expect('people' in shape && shape.people?.length).toBe(3);
  });

  it('a page with only a mailto link and no name has no person', () => {
    const result = extractPage(parseHtml('<p>Write to <a href="mailto:info@acme.example.com">Contact us</a></p>'), url);
    expect(result).toMatchObject({ ok: false, error: 'No person found on this page.' });
  });

  it('a site page whose selectors all missed says the site may have changed', () => {
    const result = extractPage(parseHtml('<html><body><main><div class="redesigned">Ada</div></main></body></html>'), new URL('https://github.com/adaq'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^GitHub page found but none of its selectors matched \(\.vcard-fullname, .*\): the site may have changed\.$/);
  });

  it('toCliShape fills nulls and [] for what is missing', () => {
    const result = extractPage(parseHtml('<script type="application/ld+json">{"@type":"Person","name":"Ada Quinn"}</script>'), url);
    expect(toCliShape(result)).toEqual({
      name: 'Ada Quinn', firstName: 'Ada', lastName: 'Quinn', title: null, company: null, location: null, emails: [], phones: [],
      website: null, profiles: {}, photo: null, sources: { name: 'json-ld', firstName: 'derived', lastName: 'derived' },
    });
    expect(toCliShape({ ok: false, url: url.href, error: 'nope', reports: [] })).toEqual({ error: 'nope' });
  });
});
