import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../src/adapters/pipeline';
import { extractCompany } from '../../../../src/adapters/organization/extract';
import { loadFixture, parseHtml, runFixture } from '../fixture-helpers';

const page = (body: string, head = '') => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('company extraction', () => {
  it('LinkedIn company page: JSON-LD first, then the About section; the capture fails for a person but carries the company', () => {
    const { result } = runFixture('linkedin', 'company-page');
    expect(result.ok).toBe(false);
    expect(result.company?.fields).toEqual({
      name: 'Northwind Analytics',
      domain: 'northwind.example.com',
      website: 'https://northwind.example.com/',
      industry: 'Software Development',
      size: 120,
      sizeLabel: '51-200 employees',
      location: { city: 'San Francisco', region: 'CA', country: 'US' },
      description: 'Northwind Analytics connects data teams with trusted data partners.',
      profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics' },
    });
    expect(result.company?.fieldSources).toMatchObject({ name: 'json-ld', industry: 'linkedin', sizeLabel: 'linkedin' });
    expect(result.company?.source.site).toBe('linkedin');
  });

  it('LinkedIn company page without JSON-LD: the selectors read name, industry, size and website', () => {
    const f = loadFixture('linkedin', 'company-page');
    const doc = parseHtml(f.html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, ''));
    const result = extractPage(doc, new URL(f.spec.url));
    expect(result.company?.fields).toMatchObject({
      name: 'Northwind Analytics', industry: 'Software Development', size: 51, sizeLabel: '51-200 employees',
      domain: 'northwind.example.com', profiles: { linkedin: 'https://www.linkedin.com/company/northwind-analytics/' },
    });
  });

  it('an About page whose JSON-LD AboutPage is about an Organization', () => {
    const doc = page('<h1>About</h1>', jsonLd({
      '@context': 'https://schema.org', '@type': 'AboutPage', mainEntity: {
        '@type': 'Corporation', name: 'Fabrikam GmbH', url: 'https://www.fabrikam.example.de/',
        sameAs: ['https://www.linkedin.com/company/fabrikam-example/', 'https://x.com/fabrikam_ex', 'https://github.com/fabrikam-ex'],
        numberOfEmployees: { '@type': 'QuantitativeValue', minValue: 11, maxValue: 50 },
        address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
      },
    }));
    const company = extractCompany(doc, new URL('https://www.fabrikam.example.de/ueber-uns/'));
    expect(company?.fields).toMatchObject({
      name: 'Fabrikam GmbH', domain: 'fabrikam.example.de', size: 11, sizeLabel: '11-50', location: { city: 'Berlin', country: 'DE' },
      profiles: { linkedin: 'https://www.linkedin.com/company/fabrikam-example/', x: 'https://x.com/fabrikam_ex', github: 'https://github.com/fabrikam-ex' },
    });
  });

  it('a blog post whose Organization is only its publisher is not a company page', () => {
    const doc = page('<article><h1>Quarterly update</h1></article>', jsonLd({
      '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Quarterly update',
      publisher: { '@type': 'Organization', name: 'Example Media' },
    }));
    expect(extractCompany(doc, new URL('https://blog.example.org/news/quarterly-update'))).toBeUndefined();
    const graph = page('', jsonLd({ '@graph': [{ '@type': 'WebPage', url: 'https://blog.example.org/news/x' }, { '@type': 'Organization', name: 'Example Media', url: 'https://blog.example.org/' }] }));
    expect(extractCompany(graph, new URL('https://blog.example.org/news/x'))).toBeUndefined();
    expect(extractCompany(graph, new URL('https://blog.example.org/about'))?.fields.name).toBe('Example Media');
  });

  it('a microdata Organization that is no other item\'s property', () => {
    const doc = page(`<div itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Tailspin Logistics</span><a itemprop="url" href="https://tailspin.example.net/">site</a>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Rotterdam</span></div>
      <span itemprop="numberOfEmployees">250</span></div>`);
    expect(extractCompany(doc, new URL('https://tailspin.example.net/contact'))?.fields).toMatchObject({
      name: 'Tailspin Logistics', domain: 'tailspin.example.net', size: 250, location: { city: 'Rotterdam' },
    });
    const authorOrg = page(`<article itemscope itemtype="https://schema.org/Article"><div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Pub</span></div></article>`);
    expect(extractCompany(authorOrg, new URL('https://news.example.com/a/1'))).toBeUndefined();
  });

  it('an h-card that is only an organization (p-name p-org), never a person\'s card', () => {
    const org = page('<div class="h-card"><a class="p-name p-org u-url" href="https://wingtip.example.com/">Wingtip Toys</a><span class="p-locality">Leeds</span></div>');
    expect(extractCompany(org, new URL('https://wingtip.example.com/contact'))?.fields).toMatchObject({ name: 'Wingtip Toys', domain: 'wingtip.example.com', location: { city: 'Leeds' } });
    const person = page('<div class="h-card"><span class="p-name">Jo Bloggs</span><span class="p-org">Wingtip Toys</span></div>');
    expect(extractCompany(person, new URL('https://jo.example.com/blog/post'))).toBeUndefined();
  });

  it('a company\'s own About page with no structured data: site name, footer social links, host as domain', () => {
    const doc = page(
      `<main><h1>About us</h1><p>We build things.</p><a href="https://www.linkedin.com/in/someone">Our CEO</a></main>
       <footer><a href="https://x.com/wingtip">X</a><a href="https://github.com/wingtip-toys">GitHub</a><a href="https://x.com/intent/tweet?text=hi">share</a></footer>`,
      '<title>About us | Wingtip Toys</title><meta name="description" content="Toys for grown-ups.">',
    );
    const company = extractCompany(doc, new URL('https://www.wingtip.example.com/about-us/'));
    expect(company?.fields).toEqual({
      name: 'Wingtip Toys', domain: 'wingtip.example.com', description: 'Toys for grown-ups.',
      profiles: { x: 'https://x.com/wingtip', github: 'https://github.com/wingtip-toys' },
    });
    expect(company?.fieldSources).toMatchObject({ name: 'opengraph', profiles: 'page', domain: 'page' });
    // The same page anywhere else on the site (a post) is not about the company.
    expect(extractCompany(doc, new URL('https://www.wingtip.example.com/blog/post-1'))).toBeUndefined();
  });

  it('a team page: its people get the company (where they have none) and the capture carries it', () => {
    const { result } = runFixture('team-page', 'card-grid');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.company?.fields).toMatchObject({ name: 'Northwind Analytics', domain: 'northwind.example.com' });
    expect(result.people.map((p) => [p.fields.company, p.fields.companyDomain, p.fieldSources.company])).toEqual(
      Array(4).fill(['Northwind Analytics', 'northwind.example.com', 'team-page']),
    );
  });

  it('a person\'s page does not offer their employer as the page\'s company', () => {
    const { result } = runFixture('linkedin', 'public-profile');
    expect(result.ok && result.company).toBeFalsy();
  });
});

describe('company extraction when the site adapter misses', () => {
  it('a LinkedIn company page whose top card the adapter does not know: the page heading and the About list still give the company', () => {
    const doc = page(`<div class="company-shell-2031"><h1 class="cs-heading">Tailspin Logistics</h1>
      <section><h2>Overview</h2><dl><dt>Website</dt><dd><a href="https://www.tailspin.example.org/">https://www.tailspin.example.org/</a></dd>
      <dt>Industry</dt><dd>Freight and Logistics</dd><dt>Company size</dt><dd>201-500 employees</dd><dt>Headquarters</dt><dd>Rotterdam, South Holland</dd></dl></section></div>`,
      '<title>Tailspin Logistics | LinkedIn</title>');
    const result = extractPage(doc, new URL('https://www.linkedin.com/company/tailspin-logistics/'));
    expect(result.ok).toBe(false);
    expect(result.company?.fields).toMatchObject({
      name: 'Tailspin Logistics', domain: 'tailspin.example.org', industry: 'Freight and Logistics', size: 201, sizeLabel: '201-500 employees',
      location: { raw: 'Rotterdam, South Holland' },
    });
    const linkedin = result.reports.find((r) => r.layer === 'linkedin');
    expect(linkedin?.missed?.length).toBeGreaterThan(0);
  });

  it('a LinkedIn page with neither a known top card nor a heading offers no company', () => {
    const doc = page('<div><p>Sign in to see more</p></div>', '<title>LinkedIn</title>');
    expect(extractPage(doc, new URL('https://www.linkedin.com/company/tailspin-logistics/')).company).toBeUndefined();
  });
});
