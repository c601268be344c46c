import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml, runFixture } from '../fixture-helpers';
import { extract } from '../../../../src/adapters/linkedin/extract';

describe('LinkedIn adapter', () => {
  it('public profile: JSON-LD person, current employer first, About text not taken as headline', () => {
    const f = loadFixture('linkedin', 'public-profile');
    const out = extract(parseHtml(f.html), new URL(f.spec.url));
    expect(out.people).toHaveLength(1);
    const p = out.people[0]!;
    expect(p.fullName).toBe('Priya Raman-Okafor');
    expect(p.title).toBe('Head of Data Partnerships');
    expect(p.company).toBe('Northwind Analytics');
    expect(p.headline).toBe('Head of Data Partnerships at Northwind Analytics | Speaker | Data for good');
    expect(p.location).toEqual({ region: 'San Francisco Bay Area', country: 'US' });
  });

  it('signed-in profile: embedded JSON wins; the subject is the URL slug, not a "people also viewed" profile', () => {
    const { result } = runFixture('linkedin', 'signed-in-profile');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.people[0]!;
    expect(d.fields.fullName).toBe('Jonas van der Berg');
    expect(d.fields.firstName).toBe('Jonas');
    expect(d.fields.lastName).toBe('van der Berg');
    expect(d.fields.headline).toBe('Partnerships Lead · Building data ecosystems in Europe');
    // The current position (no end date, latest start) gives the title, not the headline nor the older board seat.
    expect(d.fields.title).toBe('Director of Partnerships');
    expect(d.fields.companyDomain).toBe('fabrikam-data.example.nl');
    expect(d.fields.location).toEqual({ region: 'Amsterdam Area', raw: 'Amsterdam Area' });
    expect(d.fieldSources.title).toBe('linkedin');
    expect(d.source.site).toBe('linkedin');
    const report = result.reports.find((r) => r.layer === 'linkedin')!;
    expect(report.notes?.[0]).toMatch(/embedded JSON/);
  });

  it('contact-info overlay: email, labelled phone, websites and headline split into title and company', () => {
    const { result } = runFixture('linkedin', 'contact-info-overlay');
    if (!result.ok) throw new Error(result.error);
    const f = result.people[0]!.fields;
    expect(f.emails).toEqual(['amara.nwosu@tailspin-logistics.example.se']);
    expect(f.phones).toEqual([{ number: '+46701234567', raw: '+46 70 123 45 67', label: 'mobile' }]);
    expect(f.website).toBe('https://amara.example.org/notes');
    expect(f.companyDomain).toBe('tailspin-logistics.example.se');
    expect(f.title).toBe('VP Customer Success');
    expect(f.company).toBe('Tailspin Logistics');
    expect(f.profiles).toEqual({ linkedin: 'https://www.linkedin.com/in/amara-nwosu-lindqvist', x: 'https://twitter.com/amara_nl_ex' });
  });

  it('company page: no person, the organization in the report', () => {
    const { result } = runFixture('linkedin', 'company-page');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/organization page \(Northwind Analytics\)/);
    const org = result.reports.find((r) => r.layer === 'linkedin')?.organization;
    expect(org).toMatchObject({ name: 'Northwind Analytics', description: 'Data partnerships, done right.', website: 'https://northwind.example.com/' });
  });

  it('a LinkedIn profile whose markup changed names the selectors that missed', () => {
    const doc = parseHtml('<html><body><main><div class="new-layout"><span>Someone</span></div></main></body></html>');
    const out = extract(doc, new URL('https://www.linkedin.com/in/someone/'));
    expect(out.people).toEqual([]);
    expect(out.report.missed).toContain('h1.top-card-layout__title');
    expect(out.report.missed).toContain('code[id^="bpr-guid-"]');
  });
});

describe('LinkedIn contact-info overlay whose markup changed', () => {
  it('still gives the person: name from the document title, profile from the overlay URL, contact links from the generic layer', async () => {
    const { capturePage } = await import('../../../../src/adapters/capture-page');
    const doc = new DOMParser().parseFromString(`<html><head><title>(3) Priya Raman-Okafor | LinkedIn</title></head><body>
      <div role="dialog" aria-label="Contact info"><h2>Contact info</h2>
      <section><h3>Email</h3><a href="mailto:priya@northwind.example.com">priya@northwind.example.com</a></section>
      <section><h3>Phone</h3><span>+1 415 555 0132 (Mobile)</span></section></div></body></html>`, 'text/html');
    const result = capturePage(doc, new URL('https://www.linkedin.com/in/priya-raman-okafor/overlay/contact-info/'));
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields).toMatchObject({
      fullName: 'Priya Raman-Okafor', emails: ['priya@northwind.example.com'],
      profiles: { linkedin: 'https://www.linkedin.com/in/priya-raman-okafor/' },
    });
    const report = result.reports.find((r) => r.layer === 'linkedin')!;
    expect(report.selectors).toMatchObject({ name: null, documentTitle: 'title', contactInfo: null });
  });
});

describe('LinkedIn contact-info overlay in another language', () => {
  // LinkedIn's own section classes (ci-email, ci-phone, ci-websites, ci-vanity-url) say what a section holds in every
  // language; the headers are translated ("Correo electrónico", "Teléfono") or name the site ("LinkedIn", "GitHub").
  const overlay = (heading: string) => `<html><head></head><body>${heading}
    <div class="pv-profile-section__section-info section-info">
      <section class="pv-contact-info__contact-type ci-vanity-url"><h3 class="pv-contact-info__header">LinkedIn</h3>
        <div class="pv-contact-info__ci-container"><a href="https://www.linkedin.com/in/lucia-fernandez-ortega" class="pv-contact-info__contact-link">linkedin.com/in/lucia-fernandez-ortega</a></div></section>
      <section class="pv-contact-info__contact-type ci-websites"><h3 class="pv-contact-info__header">GitHub</h3>
        <div class="pv-contact-info__ci-container"><a href="https://github.com/lfortega-example" class="pv-contact-info__contact-link">github.com/lfortega-example</a></div></section>
      <section class="pv-contact-info__contact-type ci-phone"><h3 class="pv-contact-info__header">Teléfono</h3>
        <ul><li class="pv-contact-info__ci-container"><span>+34 612 345 678</span> <span>(Móvil)</span></li></ul></section>
      <section class="pv-contact-info__contact-type ci-email"><h3 class="pv-contact-info__header">Correo electrónico</h3>
        <div class="pv-contact-info__ci-container"><a href="mailto:lucia@solmar.example.es" class="pv-contact-info__contact-link">lucia@solmar.example.es</a></div></section>
    </div></body></html>`;
  const url = new URL('https://www.linkedin.com/in/lucia-fernandez-ortega/overlay/contact-info/');

  it('reads each section by its class, whatever its header says', () => {
    const out = extract(parseHtml(overlay('<h1 id="pv-contact-info">Lucía Fernández Ortega</h1>')), url);
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({
      fullName: 'Lucía Fernández Ortega',
      emails: ['lucia@solmar.example.es'],
      phones: [{ number: '+34 612 345 678', label: 'mobile' }],
      profiles: { linkedin: 'https://www.linkedin.com/in/lucia-fernandez-ortega', github: 'https://github.com/lfortega-example' },
    });
    expect(out.report.selectors).toMatchObject({ contactInfo: 'section.pv-contact-info__contact-type', 'contactInfo.kind': 'class' });
  });

  it('takes the overlay heading as the name when it carries no id and the page has no title', () => {
    const out = extract(parseHtml(overlay('<h1>Lucía Fernández Ortega</h1><h2>Información de contacto</h2>')), url);
    expect(out.people[0]?.fullName).toBe('Lucía Fernández Ortega');
    expect(out.report.selectors).toMatchObject({ name: null, documentTitle: null, nameHeading: 'h1' });
  });

  it('never takes a heading that is not a name', () => {
    const out = extract(parseHtml(overlay('<h1>Información de contacto</h1>')), url);
    expect(out.people).toEqual([]);
    expect(out.report.missed).toContain('#pv-contact-info');
  });
});
