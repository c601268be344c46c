// Team pages whose markup the card selectors do not know: "Name – Title" in one line, or people named in prose.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const URL_TEAM = new URL('https://northwind.example.com/about/team');

describe('team page layouts the card selectors do not know', () => {
  it('reads cards that put "Name – Title" in one line', () => {
    const doc = parseHtml(`<main><h1>Our team</h1><ul class="grid">
      <li><img src="/a.jpg" alt=""><h3>Priya Raman-Okafor – Chief Executive Officer</h3><a href="https://www.linkedin.com/in/priya-ro">LinkedIn</a></li>
      <li><img src="/b.jpg" alt=""><h3>Jonas van der Berg — Head of Partnerships</h3></li>
      <li><img src="/c.jpg" alt=""><h3>Lena Fischer | VP Engineering</h3></li>
    </ul></main>`);
    const out = extract(doc, URL_TEAM);
    expect(out.people.map((p) => [p.fullName, p.title])).toEqual([
      ['Priya Raman-Okafor', 'Chief Executive Officer'],
      ['Jonas van der Berg', 'Head of Partnerships'],
      ['Lena Fischer', 'VP Engineering'],
    ]);
    expect(out.people[0]?.profiles).toEqual({ linkedin: 'https://www.linkedin.com/in/priya-ro' });
  });

  it('reads people named in prose, with the role each holds', () => {
    const doc = parseHtml(`<main><h1>About us</h1>
      <p>Northwind was founded in 2015 by Priya Raman-Okafor, our Chief Executive Officer, and Jonas van der Berg.</p>
      <p>Jonas van der Berg is our Head of Partnerships and lives in Utrecht.</p>
      <p>Lena Fischer, VP Engineering, leads a team of forty. Write to her at lena@northwind.example.com.</p>
      <p>We love maps and open data. Our customers include Contoso Health.</p></main>`);
    const out = extract(doc, new URL('https://northwind.example.com/about'));
    expect(out.people.map((p) => [p.fullName, p.title])).toEqual([
      ['Priya Raman-Okafor', 'Chief Executive Officer'],
      ['Jonas van der Berg', 'Head of Partnerships'],
      ['Lena Fischer', 'VP Engineering'],
    ]);
    expect(out.people[2]?.emails).toEqual(['lena@northwind.example.com']);
  });

  it('a prose page naming fewer people than a team is not a team page', () => {
    const doc = parseHtml(`<main><p>Priya Raman-Okafor, our Chief Executive Officer, founded Northwind in 2015.</p></main>`);
    expect(extract(doc, new URL('https://northwind.example.com/blog/launch')).people).toEqual([]);
  });
});

describe('team cards with the address written in the bio', () => {
  it('keeps an e-mail written as plain text on the card', () => {
    const doc = parseHtml(`<div class="team-member"><h3>Priya Raman-Okafor</h3><p class="role">CEO</p><p>Write to priya [at] northwind.example.com</p></div>
      <div class="team-member"><h3>Jonas van der Berg</h3><p class="role">Head of Partnerships</p><p>jonas@northwind.example.com</p></div>
      <div class="team-member"><h3>Lena Fischer</h3><p class="role">VP Engineering</p></div>`);
    const out = extract(doc, URL_TEAM);
    expect(out.people.map((p) => p.emails ?? [])).toEqual([['priya@northwind.example.com'], ['jonas@northwind.example.com'], []]);
  });
});
