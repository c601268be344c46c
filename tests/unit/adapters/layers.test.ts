// The generic layers on their own: JSON-LD, microdata, RDFa, h-card, Open Graph, links.
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from './fixture-helpers';
import { extract as hCard } from '../../../src/adapters/h-card/extract';
import { extract as jsonLd } from '../../../src/adapters/json-ld/extract';
import { extract as links } from '../../../src/adapters/links/extract';
import { extract as microdata } from '../../../src/adapters/microdata/extract';
import { extract as openGraph } from '../../../src/adapters/opengraph/extract';
import { extract as rdfa } from '../../../src/adapters/rdfa/extract';

const page = (dir: string, name: string) => {
  const f = loadFixture(dir, name);
  return [parseHtml(f.html), new URL(f.spec.url)] as const;
};
const html = (body: string) => parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`);
const ld = (json: string) => parseHtml(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
const here = new URL('https://example.com/about');

describe('JSON-LD layer', () => {
  it('follows @graph and @id from ProfilePage.mainEntity; DefinedTerm, Country, ContactPoint, mailto', () => {
    const out = jsonLd(...page('json-ld', 'personal-site-graph'));
    expect(out.mainIndex).toBe(0);
    expect(out.people[0]).toMatchObject({
      fullName: 'Helena Marchetti', firstName: 'Helena', lastName: 'Marchetti', namePrefix: 'Dr.',
      title: 'Chief Medical Officer', company: 'Contoso Health', companyDomain: 'contoso-health.example.org',
      location: { city: 'Milan', region: 'Lombardy', country: 'Italy' },
      emails: ['helena.marchetti@contoso-health.example.org', 'helena@marchetti.example.com'],
      headline: 'Physician and health-data researcher.',
    });
    expect(out.people[0]!.phones).toEqual([
      { number: '+39 02 1234 5678', raw: '+39 02 1234 5678' },
      { number: '+39 347 123 4567', raw: '+39 347 123 4567', label: 'mobile' },
    ]);
  });

  it("ignores a blog post's author (Yoast @graph) with a note", () => {
    const out = jsonLd(...page('json-ld', 'blog-post-author'));
    expect(out.people).toEqual([]);
    expect(out.report.notes?.join(' ')).toMatch(/ignored Person "Priya Raman-Okafor"/);
  });

  it('AboutPage subject wins over a BlogPosting author in another script', () => {
    const out = jsonLd(...page('json-ld', 'about-page-with-article'));
    expect(out.people.map((p) => p.fullName)).toEqual(['Mei Tanaka']);
  });

  it('reads a commented, trailing-comma array and says it was repaired', () => {
    const out = jsonLd(...page('json-ld', 'array-repaired'));
    expect(out.people[0]).toMatchObject({ fullName: 'Jonas Weber', title: 'Steuerberater Partner', location: { raw: 'Friedrichstraße 12, 10117 Berlin' } });
    expect(out.report.notes?.join(' ')).toMatch(/repair/);
  });

  it('several top-level Persons: the one whose url is the page is main, else none', () => {
    const two = '[{"@type":"Person","name":"Ada Quinn","url":"https://example.com/team/ada"},{"@type":"Person","name":"Ben Ortiz","url":"https://example.com/about"}]';
    expect(jsonLd(ld(two), here).mainIndex).toBe(1);
    expect(jsonLd(ld(two), new URL('https://example.com/team')).mainIndex).toBeUndefined();
  });

  it('Organization employees are peers (no main person)', () => {
    const out = jsonLd(ld('{"@type":"Organization","name":"Acme","employee":[{"@type":"Person","name":"Ada Quinn","jobTitle":"CEO"},{"@type":"Person","name":"Ben Ortiz"}]}'), here);
    expect(out.people.map((p) => p.fullName)).toEqual(['Ada Quinn', 'Ben Ortiz']);
    expect(out.mainIndex).toBeUndefined();
  });

  it('skips a script over 1 MB and reports it', () => {
    const big = `{"@type":"Person","name":"Big Person","description":"${'x'.repeat(1_100_000)}"}`;
    const out = jsonLd(ld(big), here);
    expect(out.people).toEqual([]);
    expect(out.report.notes?.[0]).toMatch(/skipped/);
  });

  it('survives reference cycles and absurd nesting', () => {
    const cyclic = '{"@graph":[{"@type":"Person","@id":"#p","name":"Cy Clic","address":{"@id":"#a"}},{"@type":"Place","@id":"#a","address":{"@id":"#a"}}]}';
    expect(jsonLd(ld(cyclic), here).people[0]?.fullName).toBe('Cy Clic');
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    expect(() => jsonLd(ld(deep), here)).not.toThrow();
  });
});

describe('microdata and RDFa layers', () => {
  it('microdata Person with nested worksFor/address; a nested performer Person is not a second subject', () => {
    const out = microdata(...page('microdata', 'speaker-bio'));
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({
      fullName: 'Daniel Osei', title: 'Chief Technology Officer', company: 'Northwind Analytics', companyDomain: 'northwind.example.com',
      location: { city: 'Accra', country: 'Ghana' }, emails: ['daniel.osei@northwind.example.com'], photo: 'https://dataconf.example.com/speakers/daniel-osei.jpg',
    });
  });

  it('an article author in microdata is not a page subject', () => {
    const out = microdata(...page('microdata', 'article-author-only'));
    expect(out.people).toEqual([]);
    expect(out.report.notes?.[0]).toMatch(/nested/);
  });

  it('RDFa Lite Person with vocab on an ancestor', () => {
    const out = rdfa(...page('microdata', 'rdfa-profile'));
    expect(out.people[0]).toMatchObject({
      fullName: 'Camille Rousseau', namePrefix: 'Maître', title: 'Avocate associée', company: 'Rousseau & Associés',
      location: { city: 'Lyon', country: 'FR' }, emails: ['c.rousseau@rousseau-avocats.example.fr'],
    });
  });
});

describe('h-card layer', () => {
  it('representative h-card with nested org h-card; the p-author card is ignored', () => {
    const out = hCard(...page('h-card', 'indieweb-home'));
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({
      fullName: 'Noor Haddad', title: 'Head of Engineering', company: 'Tailspin Logistics', companyDomain: 'tailspin.example.com',
      location: { city: 'Gothenburg', country: 'Sweden' }, website: 'https://noor.example.net/', headline: 'I build routing systems and write about reliability.',
    });
  });

  it('classic vcard (microformats 1)', () => {
    const out = hCard(...page('h-card', 'legacy-vcard'));
    expect(out.people[0]).toMatchObject({ fullName: 'Rebecca Lindgren', title: 'Practice Manager', company: 'Beacon Hill Dental', location: { city: 'Boston', region: 'MA' } });
  });

  it('a comment\'s author is not a person the page is about; the post\'s author card is', () => {
    // WordPress marks each commenter with "comment-author vcard" inside the comment list.
    const out = hCard(html(`
      <article><p class="byline">By <span class="vcard"><a class="url fn" href="/author/ada">Ada Ashgrove</a></span></p></article>
      <section id="comments"><ol class="comment-list">
        <li class="comment"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">blah blubb</cite></div><p>First!</p></div></li>
        <li class="comment"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">Ben Okafor</cite></div></div></li>
      </ol></section>`), here);
    expect(out.people.map((p) => p.fullName)).toEqual(['Ada Ashgrove']);
  });

  it('a page that merely mentions comments in its classes keeps its cards', () => {
    const out = hCard(html(`<article class="post has-comments comments-open"><span class="vcard"><span class="fn">Ada Ashgrove</span></span></article>`), here);
    expect(out.people.map((p) => p.fullName)).toEqual(['Ada Ashgrove']);
  });

  it('an organization card (name = org) is not a person', () => {
    expect(hCard(...page('h-card', 'blog-author-only')).people).toEqual([]);
  });
});

describe('Open Graph layer', () => {
  it('profile:first_name/last_name and twitter:creator on an og:type profile page', () => {
    const out = openGraph(...page('opengraph', 'profile-tags'));
    expect(out.people[0]).toMatchObject({ fullName: 'Grace Oyelaran', firstName: 'Grace', lastName: 'Oyelaran', profiles: { x: 'https://x.com/grace_oyel_ex' } });
  });

  it('an article is not a person, whatever its og:title and author say', () => {
    const out = openGraph(...page('opengraph', 'article-not-person'));
    expect(out.people).toEqual([]);
    expect(out.report.notes?.[0]).toMatch(/og:type is "article"/);
  });

  it('a profile title that is not a name gives no name, only the other fields', () => {
    const doc = parseHtml('<html><head><meta property="og:type" content="profile"><meta property="og:title" content="priyaro - Overview"><meta property="og:image" content="https://example.com/a.png"></head><body></body></html>');
    expect(openGraph(doc, here).people).toEqual([{ photo: 'https://example.com/a.png' }]);
  });
});

describe('links layer', () => {
  it('mailto with a name as its text counts as a person; "Email me" does not', () => {
    expect(links(html('<a href="mailto:ada@example.com">Ada Quinn</a>'), here).people).toEqual([{ emails: ['ada@example.com'], fullName: 'Ada Quinn' }]);
    expect(links(html('<a href="mailto:ada@example.com">Email me</a>'), here).people).toEqual([{ emails: ['ada@example.com'] }]);
    expect(links(html('<a href="mailto:a@example.com">Ada Quinn</a><a href="mailto:b@example.com">Ben Ortiz</a>'), here).people[0]!.fullName).toBeUndefined();
  });

  it('reads a data:text/vcard link and reports a .vcf file link; hidden links are skipped', () => {
    const vcard = encodeURIComponent('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Quinn\r\nN:Quinn;Ada;;;\r\nTITLE:CEO\r\nORG:Acme\r\nTEL;TYPE=CELL:+1 415 555 0199\r\nEMAIL:ada@acme.example.com\r\nEND:VCARD');
    const out = links(html(`<a href="data:text/vcard;charset=utf-8,${vcard}">Save contact</a><a href="/ada.vcf">vCard</a><div hidden><a href="mailto:secret@example.com">x</a></div>`), here);
    expect(out.people[0]).toMatchObject({ fullName: 'Ada Quinn', firstName: 'Ada', lastName: 'Quinn', title: 'CEO', company: 'Acme', emails: ['ada@acme.example.com'] });
    expect(out.people[0]!.phones).toEqual([{ number: '+1 415 555 0199', raw: '+1 415 555 0199', label: 'mobile' }]);
    expect(out.report.notes?.[0]).toMatch(/vCard file linked/);
  });
});

describe('site adapters name the selectors they matched or missed (adapter health)', () => {
  it('LinkedIn, GitHub and X report each named selector', async () => {
    const { runFixture } = await import('./fixture-helpers');
    for (const [dir, name, expected] of [
      ['linkedin', 'public-profile', ['name', 'headline', 'location', 'jsonLdPerson']],
      ['github', 'user-full', ['name']],
      ['x', 'profile-with-schema', ['schema', 'userName']],
    ] as const) {
      const { result } = runFixture(dir, name);
      const report = result.reports.find((r) => r.layer === dir);
      expect(report?.selectors, `${dir}/${name}`).toBeDefined();
      for (const key of expected) expect(Object.keys(report!.selectors!), `${dir}/${name}`).toContain(key);
      expect(Object.values(report!.selectors!).some((v) => v !== null), `${dir}/${name}`).toBe(true);
    }
  });
});

describe('Open Graph layer: a profile page titled "Name (@handle)" on its own URL', () => {
  const page = (title: string) => parseHtml(`<html><head><title>${title}</title></head><body></body></html>`);
  it.each([
    ['Lena Fischer (@lena.maps) • Instagram photos and videos', 'https://www.instagram.com/lena.maps/', 'Lena Fischer'],
    ['Jonas van der Berg (@jonasvdb) | TikTok', 'https://www.tiktok.com/@jonasvdb', 'Jonas van der Berg'],
    ['Priya Raman-Okafor (@priyaro@fosstodon.example) - Fosstodon', 'https://fosstodon.example/@priyaro', 'Priya Raman-Okafor'],
  ])('%s', async (title, url, name) => {
    const { extract } = await import('../../../src/adapters/opengraph/extract');
    const out = extract(page(title), new URL(url));
    expect(out.people[0]?.fullName).toBe(name);
    expect(Object.values(out.people[0]?.profiles ?? {})).toContain(url);
  });
  it('not when the handle is not the page\'s', async () => {
    const { extract } = await import('../../../src/adapters/opengraph/extract');
    expect(extract(page('Lena Fischer (@lena.maps) • Instagram'), new URL('https://www.instagram.com/p/Cx1/')).people).toEqual([]);
  });
});
