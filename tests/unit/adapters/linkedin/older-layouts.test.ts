// LinkedIn's public profile layout of about 2014–2017 (#topcard: h1#name.fn, p.headline, #demographics .locality,
// the "Current" row): the adapter must still read the top card instead of failing.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/linkedin/extract';
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
