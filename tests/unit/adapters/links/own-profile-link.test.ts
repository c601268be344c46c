// A personal site whose only clue to its owner is the <title> and a link to the owner's own LinkedIn profile: the
// profile slug spells the name written in the title, so that name (as written) and that profile are taken.
import { describe, expect, it } from 'vitest';
import { extract as links } from '../../../../src/adapters/links/extract';
import { parseHtml } from '../fixture-helpers';

const here = new URL('https://www.example.nl/');
const page = (title: string, body: string) => parseHtml(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('links layer: the owner of a personal site', () => {
  it('takes the title name a LinkedIn profile slug spells, and the profile', () => {
    const doc = page('Portfolio Jörg van Dam', '<h1>LinkedIn</h1><a href="https://www.linkedin.com/pub/jorg-van-dam/4a/645/a30"><img alt=""></a>');
    expect(links(doc, here).people).toEqual([{ fullName: 'Jörg van Dam', profiles: { linkedin: 'https://www.linkedin.com/pub/jorg-van-dam/4a/645/a30' } }]);
    const modern = page('Ada Quinn | Design', '<a href="https://linkedin.com/in/ada-quinn-8a1b2c3/">in</a>');
    expect(links(modern, here).people[0]?.fullName).toBe('Ada Quinn');
  });

  it('takes nothing when the slug is not in the title, names differ, or the page is on LinkedIn itself', () => {
    expect(links(page('Acme Studio', '<a href="https://www.linkedin.com/in/ada-quinn">in</a>'), here).people).toEqual([]);
    const two = page('Ada Quinn and Bo Lind', '<a href="https://www.linkedin.com/in/ada-quinn">a</a><a href="https://www.linkedin.com/in/bo-lind">b</a>');
    expect(links(two, here).people).toEqual([]);
    expect(links(page('Ada Quinn', '<a href="https://www.linkedin.com/company/ada-quinn">c</a>'), here).people).toEqual([]);
    expect(links(page('Ada Quinn', '<a href="https://www.linkedin.com/in/ada-quinn">in</a>'), new URL('https://www.linkedin.com/in/x')).people).toEqual([]);
  });
});
