// Team-page layouts from the fifth corpus round (batch C, December 2026), each reduced to a small invented snippet:
// the role in the next smaller heading under the name, a section heading inside the grid, surnames that start with a
// lower-case particle, CJK names marked by their class, people known by a first name only, and role headings over
// "Name, Organisation" lines.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { looksLikePersonName } from '../../../../src/adapters/shared/text';
import { parseHtml } from '../fixture-helpers';

const TEAM = new URL('https://northwind.example.com/team/');
const rows = (html: string, url = TEAM) => extract(parseHtml(html), url).people.map((p) => [p.fullName, p.title ?? null]);

const card = (name: string, role: string) => `<div class="col-12 person"><a href="/p/"><img src="a.jpg" alt=""></a>
  <div class="caption"><h2><a href="/p/">${name}</a></h2><h3>${role}</h3><ul class="icons"><li><a href="mailto:x@example.com"></a></li></ul></div></div>`;

describe('team page layouts of the fifth round', () => {
  it('reads the role from the next smaller heading under the name (<h2> name, <h3> role)', () => {
    expect(rows(`<main><div class="row">${card('Lena Fischer', 'Platform Engineer')}${card('Jonas Berg', 'Executive Director')}${card('Mei Tanaka', 'Co-Founder')}</div></main>`)).toEqual([
      ['Lena Fischer', 'Platform Engineer'],
      ['Jonas Berg', 'Executive Director'],
      ['Mei Tanaka', 'Co-Founder'],
    ]);
  });

  it('a section heading standing in the grid between the cards is not a person', () => {
    expect(rows(`<main><div class="row">
      <div class="col-md-12"><h2>Engineering Team</h2></div>${card('Lena Fischer', 'Platform Engineer')}${card('Jonas Berg', 'Data Engineer')}
      <div class="col-md-12"><h2>Advisory Circle</h2></div>${card('Mei Tanaka', 'Co-Founder')}${card('Noor Haddad', 'Co-Founder')}
    </div></main>`).map(([name]) => name)).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka', 'Noor Haddad']);
  });

  it('a surname may start with a lower-case particle written together with it', () => {
    expect(looksLikePersonName('Jorge deNeve')).toBe(true);
    expect(looksLikePersonName("Ana d'Souza")).toBe(true);
    expect(looksLikePersonName('Pieter vanDijk')).toBe(true);
    expect(looksLikePersonName('Learn deeper')).toBe(false);
    expect(looksLikePersonName('about Us')).toBe(false);
  });

  it('reads CJK names that the page marks as names, on repeated cards with no known card class', () => {
    const student = (name: string, line: string) => `<div class="card c1"><div class="wrap"><img src="a.png" alt="img"><div>
      <h1 class="friend-name">${name}</h1><p>${line}</p></div></div><div class="btn"><a href="https://github.com/x">GitHub</a></div></div>`;
    expect(rows(`<main><div class="tag-title">成员</div><div class="row">
      <div class="col">${student('王小明', '18级一班')}</div><div class="col">${student('李华', '18级二班')}</div><div class="col">${student('张伟', '17级一班')}</div>
    </div></main>`).map(([name]) => name)).toEqual(['王小明', '李华', '张伟']);
  });

  it('reads people known by a first name only on team cards, with their role', () => {
    expect(rows(`<main><h2>Il team</h2><div class="stack">
      <div class="team-card"><h5>Marco</h5><p>Fondatore e sviluppatore</p></div>
      <div class="team-card"><h5>Giulia</h5><p>Fotografa e admin</p></div>
    </div></main>`, new URL('https://northwind.example.com/chi-siamo.html'))).toEqual([
      ['Marco', 'Fondatore e sviluppatore'],
      ['Giulia', 'Fotografa e admin'],
    ]);
  });

  it('one-word headings on feature cards are not people', () => {
    expect(rows(`<main><div class="grid">
      <div class="feature-card"><h3>Collaboration</h3><p>We work with clients to find the best solution together.</p></div>
      <div class="feature-card"><h3>Training</h3><p>Learning keeps our people ahead of a fast-moving field.</p></div>
      <div class="feature-card"><h3>Respect</h3><p>Everyone at the firm is treated with care.</p></div>
    </div></main>`)).toEqual([]);
  });

  it('reads role headings over "Name, Organisation" lines (committee pages)', () => {
    expect(rows(`<main><h1>Team</h1>
      <h2>Committee Representative</h2><p>Lena Fischer, University of Northwind</p>
      <h2>Proceedings Liaison</h2><p>Jonas Berg, Contoso Institute</p>
      <h2>Program Coordinator</h2><p>Mei Tanaka, Fabrikam University<br>Noor Haddad, Tailspin College</p>
      <h2>Track Chair</h2><p>Lena Fischer, University of Northwind<br>Jonas Berg, Contoso Institute</p>
    </main>`)).toEqual([
      ['Lena Fischer', 'Committee Representative'],
      ['Jonas Berg', 'Proceedings Liaison'],
      ['Mei Tanaka', 'Program Coordinator'],
      ['Noor Haddad', 'Program Coordinator'],
    ]);
  });

  it('a heading over a paragraph of prose is not a role section', () => {
    expect(rows(`<main><h2>Managing Director</h2><p>Our managing director, with twenty years of experience, leads the firm and its partners.</p>
      <h2>Sales Manager</h2><p>Talk to us, we will answer within a day.</p></main>`)).toEqual([]);
  });

  it('a one-word name on a schema.org Person card (a commenter, an author) is not a team member', () => {
    expect(rows(`<main><article><h1>Notes on caching</h1>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Greg</span><p>Nice write-up, thanks.</p></div>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna</span><p>Same here.</p></div>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tomas</span><p>Could you cover cache invalidation next?</p></div>
    </article></main>`, new URL('https://northwind.example.com/blog/caching'))).toEqual([]);
  });

  it('a name heading on a card that also reads as a role does not make the line under it a person', () => {
    const member = (name: string, role: string) => `<div class="team__member"><div class="team__member-text"><h3 class="team__member-name">${name}</h3><p class="team__member-role">${role}</p></div></div>`;
    expect(rows(`<main><div class="team__grid">${member('Lena Fischer', 'Founder / Cosmos SDK')}${member('Facundo Medica', 'Cosmos SDK')}${member('Mei Tanaka', 'Ledger Tools')}</div></main>`)).toEqual([
      ['Lena Fischer', 'Founder / Cosmos SDK'],
      ['Facundo Medica', 'Cosmos SDK'],
      ['Mei Tanaka', 'Ledger Tools'],
    ]);
  });
});
