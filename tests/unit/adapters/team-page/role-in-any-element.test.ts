// A role written in an element no title selector lists (a list item in bold, a definition) is still the title when
// the card shows none elsewhere; a label ("Contact:") and a link's text never are.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const rows = (html: string) => extract(parseHtml(html), new URL('https://verein.example.org/vorstand.html')).people.map((p) => [p.fullName, p.title ?? null]);

describe('a role in any element of the card', () => {
  it('reads the office from a bold list item under the name, not the contact label', () => {
    const row = (name: string, office: string) => `<tr><td class="pic"><img src="p.jpg" alt=""></td><td><h2>${name}</h2><ul>
      <li><b>${office}</b></li><li><b>Kontakt:</b> <a href="mailto:office@example.org">office@example.org</a></li></ul></td></tr>`;
    expect(rows(`<main><h1>Der Vorstand</h1><table><tbody>${row('Lena Fischer', 'Vorsitzende')}${row('Jonas Berg', 'Schatzmeister')}${row('Mei Tanaka', 'Schriftführerin')}</tbody></table></main>`)).toEqual([
      ['Lena Fischer', 'Vorsitzende'],
      ['Jonas Berg', 'Schatzmeister'],
      ['Mei Tanaka', 'Schriftführerin'],
    ]);
  });

  it('reads a role from a definition beside the name', () => {
    const entry = (name: string, role: string) => `<div class="entry"><h3>${name}</h3><dl><dt>Office</dt><dd>${role}</dd><dt>Since</dt><dd>2019</dd></dl></div>`;
    expect(rows(`<main><div class="list">${entry('Lena Fischer', 'Treasurer')}${entry('Jonas Berg', 'Secretary')}${entry('Mei Tanaka', 'Chair')}</div></main>`)).toEqual([
      ['Lena Fischer', 'Treasurer'],
      ['Jonas Berg', 'Secretary'],
      ['Mei Tanaka', 'Chair'],
    ]);
  });
});
