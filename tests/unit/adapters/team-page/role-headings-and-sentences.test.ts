// Two defects of team pages, each on a small invented page: a plural role heading over several people ("Track Chairs",
// "Program Committee Members", "Board of Directors") gives each of them the singular role and is never a person
// itself; and a person's title is never a whole sentence (a bio in the caption's place).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const PAGE = new URL('https://conference.example.org/organizers.html');
const rows = (html: string, url = PAGE) => extract(parseHtml(html), url).people.map((p) => [p.fullName, p.title ?? null]);

const member = (name: string, org: string) => `<li><div class="member"><h3>${name}</h3><p class="affiliation">${org}</p></div></li>`;

describe('plural role headings over several people', () => {
  it('gives each person under "General Chairs" / "Track Chairs" the singular role, and the headings are never people', () => {
    const people = rows(`<main><h1>Organizing Committee</h1>
      <h2>General Chairs</h2><p><a href="mailto:chairs@example.org">chairs@example.org</a></p>
      <ul class="committee">${member('Lena Fischer', 'University of Northwind')}${member('Jonas Berg', 'Contoso Research')}</ul>
      <h2>Track Chairs</h2><p><a href="mailto:tracks@example.org">tracks@example.org</a></p>
      <ul class="committee">${member('Priya Raman', 'Fabrikam Institute')}${member('Tomas Novak', 'Tailspin University')}</ul>
      <h2>Proceedings Chair</h2>
      <ul class="committee">${member('Mei Tanaka', 'Lumen College')}</ul>
      <h2>Student Volunteers</h2>
      <ul><li>Ana Lima</li><li>Marco Rossi</li><li>Sofia Petrov</li></ul>
    </main>`);
    expect(people).toEqual([
      ['Lena Fischer', 'General Chair'],
      ['Jonas Berg', 'General Chair'],
      ['Priya Raman', 'Track Chair'],
      ['Tomas Novak', 'Track Chair'],
      ['Mei Tanaka', 'Proceedings Chair'],
      ['Ana Lima', 'Student Volunteer'],
      ['Marco Rossi', 'Student Volunteer'],
      ['Sofia Petrov', 'Student Volunteer'],
    ]);
  });

  it('reads "Program Committee Members" and "Board of Directors" over name lines as the singular role', () => {
    const people = rows(`<main>
      <h2>Program Committee Members</h2>
      <p>Ana Lima, Contoso Institute<br>Marco Rossi, Fabrikam University<br>Sofia Petrov, Tailspin Labs</p>
      <h2>Board of Directors</h2>
      <p>Kenji Sato, Northwind Ltd<br>Noor Haddad, Lumen Trust</p>
    </main>`);
    expect(people).toEqual([
      ['Ana Lima', 'Program Committee Member'],
      ['Marco Rossi', 'Program Committee Member'],
      ['Sofia Petrov', 'Program Committee Member'],
      ['Kenji Sato', 'Director'],
      ['Noor Haddad', 'Director'],
    ]);
  });

  it('a person who shows their own role keeps it under a plural heading', () => {
    const card = (name: string, role: string) => `<div class="card"><h3>${name}</h3><p class="role">${role}</p></div>`;
    expect(rows(`<main><h2>Board of Directors</h2><div class="grid">${card('Kenji Sato', 'Treasurer')}${card('Noor Haddad', 'Secretary')}${card('Lena Fischer', 'Board President')}</div></main>`)).toEqual([
      ['Kenji Sato', 'Treasurer'],
      ['Noor Haddad', 'Secretary'],
      ['Lena Fischer', 'Board President'],
    ]);
  });
});

describe('a title is never a whole sentence', () => {
  const card = (name: string, caption: string) => `<div class="card"><img src="p.jpg" alt=""><h3>${name}</h3><p>${caption}</p></div>`;

  it('a bio in the caption is not the title, with or without a full stop', () => {
    const people = rows(`<main><div class="grid">
      ${card('Lena Fischer', 'Oversees daily operations and coordinates volunteers across three regional offices')}
      ${card('Jonas Berg', 'Joined Northwind in 2019 and now runs the data team, the archive and the library')}
      ${card('Mei Tanaka', 'Head of Partnerships')}
    </div></main>`, new URL('https://northwind.example.com/team/'));
    expect(people).toEqual([
      ['Lena Fischer', null],
      ['Jonas Berg', null],
      ['Mei Tanaka', 'Head of Partnerships'],
    ]);
  });
});

describe('a singular role heading over one card', () => {
  it('gives "Web master" to the member under it whose card shows only a class year', () => {
    const card = (name: string, line: string) => `<div class="cell"><div class="px"><img src="m.jpg" alt=""><div class="caption"><h5>${name}</h5><p>${line}</p></div></div></div>`;
    expect(rows(`<main>
      <div class="head"><div class="w"><h2>Core Members</h2></div></div><div class="flex">${card('Lena Fischer', 'Batch of 2023')}${card('Jonas Berg', 'Batch of 2024')}</div>
      <div class="head"><div class="w"><h2>Web master</h2></div></div><div class="flex">${card('Mei Tanaka', 'Batch of 2024')}</div>
    </main>`, new URL('https://club.example.org/members.html'))).toEqual([
      ['Lena Fischer', null],
      ['Jonas Berg', null],
      ['Mei Tanaka', 'Web master'],
    ]);
  });

  it('working-time sections of a staff page ("TEMPS PLEIN", "Part Time") are not people', () => {
    const person = (name: string) => `<div class="g"><div class="box"><img src="p.png" alt=""><span class="h2">${name}</span><h4>Works with us since 2015 in three of our partner pharmacies.</h4></div></div>`;
    expect(rows(`<main><div class="row"><div class="g"><span class="h2">TEMPS PLEIN</span></div>${person('Lena Fischer')}${person('Jonas Berg')}</div>
      <div class="row"><div class="g"><span class="h2">Part Time</span></div>${person('Mei Tanaka')}${person('Noor Haddad')}</div></main>`, new URL('https://pharmacy.example.org/team.html')).map(([name]) => name)).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka', 'Noor Haddad']);
  });
});
