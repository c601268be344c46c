// Names written with a degree after a slash ("Lena Fischer / PharmD") and names-only lists whose names link to a
// profile ("<p><a href>Jonas Berg</a></p>"): the person is the name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { withoutDegree } from '../../../../src/adapters/shared/text';
import { parseHtml } from '../fixture-helpers';

const rows = (html: string) => extract(parseHtml(html), new URL('https://pharmacy.example.org/notre-equipe.html')).people.map((p) => p.fullName);

describe('names with a degree after a slash, and linked names in a list', () => {
  it('drops a degree written after a slash', () => {
    expect(withoutDegree('Lena Fischer / PharmD')).toBe('Lena Fischer');
    expect(withoutDegree('Jonas Berg, Pharm.D.')).toBe('Jonas Berg');
    expect(withoutDegree('Mei Tanaka / Marketing')).toBe('Mei Tanaka / Marketing');
  });

  it('reads cards whose name carries a degree after a slash, a bio below', () => {
    const card = (name: string) => `<div class="grid_4"><div class="box"><img src="a.png" alt=""><span class="h2">${name} / <span class="highlighted">PharmD</span></span>
      <h4>After a degree in pharmacy, ${name.split(' ')[0]} has worked as a locum pharmacist since 2013 in many towns.</h4></div></div>`;
    expect(rows(`<main><div class="row">${card('Lena Fischer')}${card('Jonas Berg')}${card('Mei Tanaka')}</div></main>`)).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka']);
  });

  it('reads a names-only list where some names link to a profile', () => {
    const person = (name: string, linked = false) => `<div class="participant"><p>${linked ? `<a href="https://example.org/${name.split(' ')[0]}">${name}</a>` : name}</p></div>`;
    expect(rows(`<main><h2>Organization Committee</h2><div class="participants">${person('Lena Fischer')}${person('Jonas Berg', true)}${person('Mei Tanaka')}${person('Noor Haddad')}</div></main>`)).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka', 'Noor Haddad']);
  });
});
