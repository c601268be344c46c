// Team-page layouts from the fourth corpus round (batch A, December 2026), each reduced to a small invented snippet:
// names set in plain <span>/<div>/<td> text rather than headings, names in <h1>, a name repeated in a card's pop-up,
// quotations and class years under a name, a hover bio before the name and the title after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const TEAM = new URL('https://northwind.example.com/team/');
const people = (html: string, url = TEAM) => extract(parseHtml(html), url).people;
const rows = (html: string, url = TEAM) => people(html, url).map((p) => [p.fullName, p.title ?? null]);

describe('team pages laid out in ways the rules had not seen', () => {
  it('reads cards whose name and title are plain <div> text, not headings', () => {
    expect(rows(`<main><h1>Our Team</h1><div class="row">
      <div class="col"><img src="a.jpg" alt=""><div class="t1">Lena Fischer</div><div class="t2">Managing Director</div><div class="t3">Berlin, DE</div></div>
      <div class="col"><img src="b.jpg" alt=""><div class="t1">Jonas Berg</div><div class="t2">Sales Manager</div><div class="t3">Oslo, NO</div></div>
      <div class="col"><img src="c.jpg" alt=""><div class="t1">Mei Tanaka</div><div class="t2">Account Coordinator</div><div class="t3">Osaka, JP</div></div>
    </div></main>`)).toEqual([
      ['Lena Fischer', 'Managing Director'],
      ['Jonas Berg', 'Sales Manager'],
      ['Mei Tanaka', 'Account Coordinator'],
    ]);
  });

  it('a name shown twice on one card (caption and pop-up) is one person, with the email of the card', () => {
    const found = people(`<main><section class="wrap">
      <div class="box"><span class="k">Lead</span><span class="n">Priya Raman</span><span class="r">Strategy &amp; Markets</span>
        <div class="modal"><p>Priya Raman</p><p>Strategy &amp; Markets</p><p>Priya joined after ten years in consulting and leads our strategy work.</p>
        <a href="mailto:priya@example.com">Email</a></div></div>
      <div class="box"><span class="k">Lead</span><span class="n">Daniel Osei</span><span class="r">Systems &amp; Engineering</span>
        <div class="modal"><p>Daniel Osei</p><p>Systems &amp; Engineering</p><p>Daniel builds the platforms our clients run on every day.</p>
        <a href="mailto:daniel@example.com">Email</a></div></div>
    </section></main>`, new URL('https://northwind.example.com/ueber-uns.html'));
    expect(found.map((p) => [p.fullName, p.title, p.emails])).toEqual([
      ['Priya Raman', 'Strategy & Markets', ['priya@example.com']],
      ['Daniel Osei', 'Systems & Engineering', ['daniel@example.com']],
    ]);
  });

  it('reads partners whose names are <h1> headings with an honorific, and gives a bio no title', () => {
    expect(rows(`<main><h1>Founding partners</h1>
      <div class="p"><h1>Dr. Samuel Achterberg Ruiz</h1><p>Lawyer specialised in criminal law and criminal procedure, lecturer at several public and private institutions.</p></div>
      <div class="p"><h1>Dr. Noor Haddad Lindqvist</h1><p>Lawyer with more than fifteen years of experience in criminal law, formerly a deputy prosecutor.</p></div>
    </main>`, new URL('https://northwind.example.com/equipo.html'))).toEqual([
      ['Dr. Samuel Achterberg Ruiz', null],
      ['Dr. Noor Haddad Lindqvist', null],
    ]);
  });

  it('a quotation under the name is not a title', () => {
    expect(rows(`<main><div class="grid">
      <div class="m"><span>Amara Nwosu</span><p>"Be the person you needed when you were young." - Unknown</p></div>
      <div class="m"><span>Erik Johansson</span><p>“Creativity is intelligence having fun” – A. Writer</p></div>
      <div class="m"><span>Noor Haddad</span><p>If you are not willing to risk the usual you will have to settle for the ordinary.</p></div>
    </div></main>`)).toEqual([
      ['Amara Nwosu', null],
      ['Erik Johansson', null],
      ['Noor Haddad', null],
    ]);
  });

  it('a class year under a student name is not a title', () => {
    expect(rows(`<main><h2>Members</h2><div class="row">
      <div class="c"><h5>Aryan Mehta</h5><p>Batch of 2023</p></div>
      <div class="c"><h5>Siya Kapoor</h5><p>M.Tech Batch of 2022</p></div>
      <div class="c"><h5>Rahul Verma</h5><p>Class of 2024</p></div>
    </div></main>`)).toEqual([
      ['Aryan Mehta', null],
      ['Siya Kapoor', null],
      ['Rahul Verma', null],
    ]);
  });

  it('takes the title written right after the name over a hover bio placed before it', () => {
    expect(rows(`<main><div class="row">
      <figure class="item"><div class="overlay"><div class="title-text">Founder of Northwind | Former visiting scientist at a university</div></div>
        <figcaption><div class="nm">Dr.Lena Fischer</div><span class="pos">Managing Director</span></figcaption></figure>
      <figure class="item"><div class="overlay"><div class="title-text">Software Engineer at Northwind | Open source contributor</div></div>
        <figcaption><div class="nm">Jonas Berg</div><span class="pos">Software Engineer</span></figcaption></figure>
      <figure class="item"><div class="overlay"><div class="title-text">Builds our web apps and keeps our sites fast for every visitor</div></div>
        <figcaption><div class="nm">Mei Tanaka</div><span class="pos">Web Developer</span></figcaption></figure>
    </div></main>`)).toEqual([
      ['Dr.Lena Fischer', 'Managing Director'],
      ['Jonas Berg', 'Software Engineer'],
      ['Mei Tanaka', 'Web Developer'],
    ]);
  });

  it('reads people listed in a table, first name and last name in separate elements', () => {
    expect(rows(`<main><h4>Alumni</h4><table>
      <tr><td class="v">Benoit <span>Leclerc</span></td><td class="v">Ex-VP Logistics</td></tr>
      <tr><td class="v">Amélie <span>Bouchard</span></td><td class="v">Challenge Designer</td></tr>
      <tr><td class="v">Louis-Philippe <span>Gagnon</span></td><td class="v">Volunteer</td></tr>
    </table></main>`)).toEqual([
      ['Benoit Leclerc', 'Ex-VP Logistics'],
      ['Amélie Bouchard', 'Challenge Designer'],
      ['Louis-Philippe Gagnon', 'Volunteer'],
    ]);
  });
});
