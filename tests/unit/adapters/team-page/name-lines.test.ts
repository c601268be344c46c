// A person written on one line with their office in brackets ("Lena Fischer (Chair)") or followed by a short detail
// ("Jonas Berg – Example Street 1"): the name is the person, the bracketed office the title, the detail neither.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const PAGE = new URL('https://association.example.org/committee.html');
const people = (html: string) => extract(parseHtml(html), PAGE).people;

describe('a name and its office on one line', () => {
  it('reads "Name (Chair)" in a members table as the name and the title', () => {
    const row = (who: string, org: string) => `<tr><td>${who}</td><td align="right">${org}</td></tr>`;
    const found = people(`<main><h2>Committee</h2><table>${row('Lena Fischer (Chair)', 'University of Northwind')}${row('Jonas Berg (Co-chair)', 'Contoso Institute')}${row('Priya Raman', 'Fabrikam University')}${row('Tomas Novak', 'Tailspin College')}</table></main>`);
    expect(found.map((p) => p.fullName)).toEqual(['Lena Fischer', 'Jonas Berg', 'Priya Raman', 'Tomas Novak']);
    expect(found.slice(0, 2).map((p) => p.title)).toEqual(['Chair', 'Co-chair']);
  });

  it('reads list items of a name, an office in brackets and a short detail after a dash', () => {
    const found = people(`<main><h2>Board</h2><p>Members:</p><ul>
      <li>Lena Fischer (Ordförande) - Example Street 1</li><li>Jonas Berg - Example Street 1</li><li>Mei Tanaka – Example Street 2</li>
    </ul><p>Deputies:</p><ul><li>Priya Raman – Example Street 2</li><li>Tomas Novak – Example Street 3</li><li>Noor Haddad – Example Street 3</li></ul></main>`);
    expect(found.map((p) => [p.fullName, p.title ?? null])).toEqual([
      ['Lena Fischer', 'Ordförande'],
      ['Jonas Berg', null],
      ['Mei Tanaka', null],
      ['Priya Raman', null],
      ['Tomas Novak', null],
      ['Noor Haddad', null],
    ]);
  });

  it('a bracket that is not an office stays out of the title, and sentences in a list are not people', () => {
    const found = people(`<main><ul><li>Lena Fischer (Contoso)</li><li>Jonas Berg</li><li>Mei Tanaka</li><li>Noor Haddad</li></ul>
      <ul><li>We meet every Tuesday - all welcome</li><li>Bring a friend - it is free</li><li>Read the minutes - they are online</li></ul></main>`);
    expect(found.map((p) => [p.fullName, p.title ?? null])).toEqual([['Lena Fischer', null], ['Jonas Berg', null], ['Mei Tanaka', null], ['Noor Haddad', null]]);
  });
});
