// LinkedIn's public profile layout of about 2014–2017 (#topcard: h1#name.fn, p.headline, #demographics .locality,
// the "Current" row): the adapter must still read the top card instead of failing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/linkedin/extract';
import { extractPage } from '../../../../src/adapters/pipeline';
import { parseHtml } from '../fixture-helpers';

const topcard = `<!doctype html><html><head><title>Kwame Dartey</title></head><body><div id="profile">
  <section class="profile-section" id="topcard"><div class="profile-overview">
    <h1 class="fn" id="name">Kwame Dartey</h1>
    <p class="headline title" data-section="headline">Robotics Engineer at Fabrikam Robotics</p>
    <dl id="demographics"><dt>Location</dt><dd class="descriptor adr"><span class="locality">Accra, Ghana</span></dd>
      <dt>Industry</dt><dd class="descriptor">Machinery</dd></dl>
    <table class="extra-info"><tbody><tr data-section="currentPositionsDetails"><th>Current</th>
      <td><ol><li><span class="org">Fabrikam Robotics Ltd</span></li></ol></td></tr></tbody></table>
  </div></section></div></body></html>`;

describe('LinkedIn adapter, older public profile layout', () => {
  it('reads name, headline, location and current company from the 2017 top card', () => {
    const out = extract(parseHtml(topcard), new URL('https://www.linkedin.com/in/kwame-dartey'));
    const p = out.people[0];
    expect(p?.fullName).toBe('Kwame Dartey');
    expect(p?.headline).toBe('Robotics Engineer at Fabrikam Robotics');
    expect(p?.location).toEqual({ city: 'Accra', country: 'Ghana', raw: 'Accra, Ghana' });
    expect(p?.company).toBe('Fabrikam Robotics Ltd');
    expect(p?.title).toBe('Robotics Engineer');
  });
});

// The signed-in company page of about 2018: the top card is "org-top-card-primary-content" (title, industry,
// headquarters and followers as list items), the page is a div role="main" (no <main>), and the About tab is a
// definition list whose first term is the Website.
const companyTopCard2018 = `<!doctype html><html><head></head><body><div class="organization-outlet">
  <div class="org-organization-page__container" role="main">
    <section class="org-top-card"><div class="org-top-card-primary-content__content-inner">
      <h1 class="org-top-card-primary-content__title t-24" title="Fabrikam Robotics"><span dir="ltr">Fabrikam Robotics</span></h1>
      <ul class="org-top-card-primary-content__info-list">
        <li class="org-top-card-primary-content__info-item org-top-card-primary-content__industry">Industrial Automation</li>
        <li class="org-top-card-primary-content__info-item org-top-card-primary-content__headquarter">Accra, Greater Accra</li>
        <li class="org-top-card-primary-content__info-item org-top-card-primary-content__follower-count">1,204 followers</li>
      </ul></div>
      <p class="org-top-card-primary-content__tagline">Robots for small factories.</p>
    </section>
    <section class="org-page-details"><dl>
      <dt class="org-page-details__definition-term">Website</dt>
      <dd class="org-page-details__definition-text"><a href="https://fabrikam-robotics.example.com/about">https://fabrikam-robotics.example.com/about</a></dd>
      <dt class="org-page-details__definition-term">Industry</dt><dd class="org-page-details__definition-text">Industrial Automation</dd>
      <dt class="org-page-details__definition-term">Company size</dt><dd class="org-page-details__definition-text">51-200 employees</dd>
      <dt class="org-page-details__definition-term">Headquarters</dt><dd class="org-page-details__definition-text">Accra, Greater Accra</dd>
    </dl></section>
  </div></div></body></html>`;

describe('LinkedIn adapter, 2018 signed-in company page', () => {
  it('reports the organization from the org-top-card-primary-content top card, never the website as the industry', () => {
    const out = extract(parseHtml(companyTopCard2018), new URL('https://www.linkedin.com/company/fabrikam-robotics/'));
    expect(out.people).toEqual([]);
    expect(out.report.missed).toBeUndefined();
    expect(out.report.organization).toMatchObject({
      name: 'Fabrikam Robotics', industry: 'Industrial Automation', location: 'Accra, Greater Accra',
      website: 'https://fabrikam-robotics.example.com/about',
    });
    // The company size comes from the About list's "Company size" term (the organization layer reads it by label).
    const company = extractPage(parseHtml(companyTopCard2018), new URL('https://www.linkedin.com/company/fabrikam-robotics/')).company;
    expect(company?.fields).toMatchObject({ name: 'Fabrikam Robotics', domain: 'fabrikam-robotics.example.com', industry: 'Industrial Automation', size: 51, sizeLabel: '51-200 employees' });
  });
});

// The signed-in profile of about 2018 (pv-top-card-section, the Experience section's position entities).
const profile2018 = (dates: string) => `<!doctype html><html><head></head><body><div class="core-rail">
  <section class="pv-profile-section pv-top-card-section artdeco-container-card"><div class="pv-top-card-v2-section__info">
    <h1 class="pv-top-card-section__name inline t-24">Efua Mensah</h1>
    <h2 class="pv-top-card-section__headline">Builder of things | Robotics | Mentor</h2>
    <h3 class="pv-top-card-section__location">Kumasi, Ashanti, Ghana</h3></div>
    <div class="pv-top-card-v2-section__links"><span class="pv-top-card-v2-section__entity-name pv-top-card-v2-section__company-name">Fabrikam Robotics Ltd</span>
    <span class="pv-top-card-v2-section__entity-name pv-top-card-v2-section__school-name">Kwame Nkrumah University</span></div></section>
  <section id="experience-section" class="pv-profile-section experience-section"><ul>
    <li class="pv-profile-section__card-item-v2 pv-position-entity"><div class="pv-entity__summary-info">
      <h3 class="t-16 t-black t-bold">Lead Controls Engineer</h3>
      <h4><span class="visually-hidden">Company Name</span><span class="pv-entity__secondary-title">Fabrikam Robotics Ltd</span></h4>
      <h4 class="pv-entity__date-range"><span class="visually-hidden">Dates Employed</span><span>${dates}</span></h4></div></li>
    <li class="pv-profile-section__card-item-v2 pv-position-entity"><div class="pv-entity__summary-info">
      <h3 class="t-16 t-black t-bold">Controls Engineer</h3>
      <h4><span class="pv-entity__secondary-title">Tailspin Logistics</span></h4>
      <h4 class="pv-entity__date-range"><span>Jan 2014 – Feb 2016</span></h4></div></li>
  </ul></section></div></body></html>`;

describe('LinkedIn adapter, 2018 signed-in profile', () => {
  it('reads the top card and takes the title from the current position', () => {
    const p = extract(parseHtml(profile2018('Mar 2016 – Present')), new URL('https://www.linkedin.com/in/efua-mensah/')).people[0];
    expect(p).toMatchObject({
      fullName: 'Efua Mensah', headline: 'Builder of things | Robotics | Mentor', company: 'Fabrikam Robotics Ltd', title: 'Lead Controls Engineer',
    });
    expect(p?.location).toMatchObject({ city: 'Kumasi' });
  });

  it('a first position that has ended is not the current title', () => {
    const p = extract(parseHtml(profile2018('Mar 2016 – Dec 2017')), new URL('https://www.linkedin.com/in/efua-mensah/')).people[0];
    expect(p?.title).not.toBe('Lead Controls Engineer');
  });
});
