// A board's president or a lab's principal investigator shown on their own, in a larger heading, just before the
// grid of the other members: they are on the team too.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const rows = (html: string) => extract(parseHtml(html), new URL('https://trust.example.org/board.html')).people.map((p) => [p.fullName, p.title ?? null]);
const member = (name: string, role: string) => `<article class="member"><img src="m.jpg" alt=""><h3 class="name">${name}</h3><div class="role">${role}</div></article>`;

describe('a leader shown before the grid', () => {
  it('reads the president in an <h2> block before a grid of <h3> cards', () => {
    expect(rows(`<main>
      <section class="lead"><div class="lead-inner"><div class="photo"><img src="p.jpg" alt=""></div>
        <div class="info"><div class="role">Board President</div><h2 class="name">Lena Fischer</h2><div class="org">Northwind Trust</div></div></div></section>
      <section class="board"><span class="eyebrow">Board of Directors</span><div class="grid">
        ${member('Jonas Berg', 'Treasurer')}${member('Mei Tanaka', 'Secretary')}${member('Noor Haddad', 'Member')}
      </div></section></main>`)).toEqual([
      ['Lena Fischer', 'Board President'],
      ['Jonas Berg', 'Treasurer'],
      ['Mei Tanaka', 'Secretary'],
      ['Noor Haddad', 'Member'],
    ]);
  });

  it('reads a principal investigator in an <h1> article before the students grid', () => {
    const student = (name: string) => `<article class="person"><span class="role">PHD CANDIDATE</span><h3>${name}</h3></article>`;
    const names = rows(`<main><section class="hero"><div class="wrap"><h1>People</h1></div></section>
      <section class="pi-section"><div class="wrap"><div class="section-head"><h2>Principal Investigator</h2></div>
        <article class="pi"><div><h1>Lena Fischer, PhD</h1><p class="lead">Group leader at the Northwind Institute since 2021.</p></div></article></div></section>
      <section class="soft"><div class="wrap"><div class="section-head"><h2>PhD Candidates</h2></div>
        <div class="people-grid">${student('Jonas Berg')}${student('Mei Tanaka')}${student('Noor Haddad')}</div></div></section></main>`).map(([name]) => name);
    expect(names).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka', 'Noor Haddad']);
  });

  it('a page title above the grid is not a leader', () => {
    expect(rows(`<main><header><h1>Northwind Trust</h1></header><div class="grid">${member('Jonas Berg', 'Treasurer')}${member('Mei Tanaka', 'Secretary')}${member('Noor Haddad', 'Member')}</div></main>`).map(([name]) => name)).toEqual(['Jonas Berg', 'Mei Tanaka', 'Noor Haddad']);
  });
});
