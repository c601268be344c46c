import { describe, expect, it } from 'vitest';
import { parseHtml, runFixture } from '../fixture-helpers';
import { extract } from '../../../../src/adapters/team-page/extract';

describe('team page adapter', () => {
  it('card grid: every person with title, links and photo; prefix kept apart', () => {
    const { result } = runFixture('team-page', 'card-grid');
    if (!result.ok) throw new Error(result.error);
    expect(result.people.map((p) => p.fields.fullName)).toEqual(['Priya Raman-Okafor', 'Daniel Osei', 'Mei Tanaka', 'Samuel Achterberg']);
    const samuel = result.people[3]!;
    expect(samuel.fields.namePrefix).toBe('Dr.');
    expect(samuel.fields.title).toBe('Chief Scientist');
    expect(result.people[0]!.fieldSources.title).toBe('team-page');
    // The footer's hello@ address belongs to nobody in particular.
    expect(result.people.flatMap((p) => p.fields.emails)).not.toContain('hello@northwind.example.com');
  });

  it('structural fallback: repeated cards without known classes; value headings ignored', () => {
    const { result } = runFixture('team-page', 'structural-about');
    if (!result.ok) throw new Error(result.error);
    expect(result.people.map((p) => [p.fields.fullName, p.fields.title])).toEqual([
      ['Amara Nwosu-Lindqvist', 'VP Customer Success'],
      ['Erik Johansson', 'Founder & CEO'],
      ['Noor Haddad', 'Head of Engineering'],
    ]);
  });

  it('two cards are a team only when the URL says so', () => {
    const html = '<main><div class="team-member"><h3>Ada Quinn</h3><p>CEO</p></div><div class="team-member"><h3>Ben Ortiz</h3><p>CTO</p></div></main>';
    expect(extract(parseHtml(html), new URL('https://acme.example.com/team')).people).toHaveLength(2);
    expect(extract(parseHtml(html), new URL('https://acme.example.com/blog/hello')).people).toHaveLength(0);
  });

  it('headings that are job titles or UI words are not people', () => {
    const html = '<main><div class="c"><h3>Chief Executive Officer</h3><p>x</p></div><div class="c"><h3>Contact Us</h3><p>y</p></div><div class="c"><h3>Our Values</h3><p>z</p></div></main>';
    expect(extract(parseHtml(html), new URL('https://acme.example.com/about')).people).toEqual([]);
  });
});
