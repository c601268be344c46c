// Team-page layouts from the fourth corpus round (batch A, December 2026), each reduced to a small invented snippet:
// names set in plain <span>/<div>/<td> text rather than headings, names in <h1>, a name repeated in a card's pop-up,
// quotations and class years under a name, a hover bio before the name and the title after it.
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../../src/cli/commands/extract';
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

  it('reads partners whose names are <h1> headings with an honorific; a bio is no title, the plural heading over them is', () => {
    expect(rows(`<main><h1>Founding partners</h1>
      <div class="p"><h1>Dr. Samuel Achterberg Ruiz</h1><p>Lawyer specialised in criminal law and criminal procedure, lecturer at several public and private institutions.</p></div>
      <div class="p"><h1>Dr. Noor Haddad Lindqvist</h1><p>Lawyer with more than fifteen years of experience in criminal law, formerly a deputy prosecutor.</p></div>
    </main>`, new URL('https://northwind.example.com/equipo.html'))).toEqual([
      ['Dr. Samuel Achterberg Ruiz', 'Founding partner'],
      ['Dr. Noor Haddad Lindqvist', 'Founding partner'],
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

  it('a card of the grid without the marker the other cards carry is still read', () => {
    expect(rows(`<main><div class="row">
      <div class="col"><figure><figcaption><div class="big">Lena Fischer</div><span class="small">Managing Director</span></figcaption></figure></div>
      <div class="col"><figure itemscope itemtype="http://schema.org/Person"><figcaption><div class="big" itemprop="name">Jonas Berg</div><span class="small">Principal Scientist</span></figcaption></figure></div>
      <div class="col"><figure itemscope itemtype="http://schema.org/Person"><figcaption><div class="big" itemprop="name">Mei Tanaka</div><span class="small">Software Engineer</span></figcaption></figure></div>
      <div class="col"><figure><figcaption><div class="big">Daniel Osei</div><span class="small">Web Developer</span></figcaption></figure></div>
    </div></main>`)).toEqual([
      ['Lena Fischer', 'Managing Director'],
      ['Jonas Berg', 'Principal Scientist'],
      ['Mei Tanaka', 'Software Engineer'],
      ['Daniel Osei', 'Web Developer'],
    ]);
  });

  it('reads names inside a portrait link (photo and name in one <a>)', () => {
    expect(rows(`<main><h1>Team</h1>
      <div class="wrap"><a href="/members/ana.html" class="portrait"><img src="a.jpg" alt="portrait"><span class="pn">Ana Lima</span><span class="pr">Principal Investigator</span></a></div>
      <div class="wrap"><a href="/members/ben.html" class="portrait"><img src="b.jpg" alt="portrait"><span class="pn">Ben Ortiz</span><span class="pr">PhD Student</span></a></div>
      <div class="wrap"><a href="/members/eva.html" class="portrait"><img src="c.jpg" alt="portrait"><span class="pn">Eva Novak</span><span class="pr">Lead Programmer</span></a></div>
      <nav><a href="/a">Ana Lima</a><a href="/b">Ben Ortiz</a></nav>
    </main>`)).toEqual([
      ['Ana Lima', 'Principal Investigator'],
      ['Ben Ortiz', 'PhD Student'],
      ['Eva Novak', 'Lead Programmer'],
    ]);
  });

  it('labels set like the cards (a section label, a chat box prompt) are not people', () => {
    expect(rows(`<main><div class="container">
      <div><p>Three Perspectives</p><h2>One digital base.</h2></div>
      <div>
        <div><div><span>Priya Raman</span><span>Strategy</span></div></div>
        <div><div><span>Daniel Osei</span><span>Engineering</span></div></div>
      </div></div>
      <div><div><b>Get in touch</b><span>Wählen Sie Ihren Kanal</span></div></div>
    </main>`, new URL('https://northwind.example.com/ueber-uns.html')).map((r) => r[0])).toEqual(['Priya Raman', 'Daniel Osei']);
  });

  it('a multi-clause headline from structured data gives way to the short title on the card', async () => {
    const result = await extractFromHtml(`<html><body><main><div class="row">
      <div class="col"><figure itemscope itemtype="http://schema.org/Person"><div itemprop="jobTitle">Founder of Northwind | Former visiting scientist at a university</div>
        <figcaption><div itemprop="name">Lena Fischer</div><span>Principal Scientist</span></figcaption></figure></div>
      <div class="col"><figure itemscope itemtype="http://schema.org/Person"><div itemprop="jobTitle">Software Engineer</div>
        <figcaption><div itemprop="name">Jonas Berg</div><span>Software Engineer</span></figcaption></figure></div>
    </div></main></body></html>`, TEAM);
    if (!result.ok) throw new Error(result.error);
    expect(result.people.map((p) => [p.fields.fullName, p.fields.title])).toEqual([
      ['Lena Fischer', 'Principal Scientist'],
      ['Jonas Berg', 'Software Engineer'],
    ]);
  });

  it('section headings in other languages and number words are not people', () => {
    expect(rows(`<main><section>
      <div class="title-box"><h1>Socios Fundadores</h1></div>
      <div class="grid-a"><img src="a.png"><div class="text"><div class="item-1"><h1>Samuel Achterberg Ruiz</h1></div>
        <div class="item-2"><p>Abogado penalista con años de experiencia en litigación y docencia universitaria.</p></div></div></div>
      <div class="title-box"><h1>Drei Perspektiven</h1></div>
      <div class="grid-b"><img src="b.png"><div class="text"><div class="item-1"><h1>Noor Haddad Lindqvist</h1></div>
        <div class="item-2"><p>Abogada con más de quince años de experiencia en derecho penal económico.</p></div></div></div>
    </section></main>`, new URL('https://northwind.example.com/equipo.html')).map((r) => r[0])).toEqual(['Samuel Achterberg Ruiz', 'Noor Haddad Lindqvist']);
  });

  it('a table of people is read beside name headings elsewhere on the page', () => {
    expect(rows(`<main><h4>Board</h4><div class="g">
      <div class="c"><h2>Pierre Lemaire</h2><span class="position">President</span></div>
      <div class="c"><h2>Julie Fortin</h2><span class="position">Treasurer</span></div></div>
      <h4>Volunteers</h4><table>
      <tr><td>Amélie <span>Bouchard</span></td><td>Audio Visual Lead</td></tr>
      <tr><td>Greg <span>Houle</span></td><td>Volunteer</td></tr></table></main>`).map((r) => r[0])).toEqual(['Pierre Lemaire', 'Julie Fortin', 'Amélie Bouchard', 'Greg Houle']);
  });

  it('cards each wrapped alone in a grid cell, built alike, are read beside a larger table', () => {
    const card = (name: string, role: string) =>
      `<div class="cell"><div class="fx"><figure><figcaption><div class="col"><h2 class="name">${name}</h2><span class="position">${role}</span></div></figcaption></figure></div></div>`;
    const row = (name: string, role: string) => `<tr><td>${name}</td><td>${role}</td></tr>`;
    const found = rows(`<main><h4>Board</h4><div class="wrap">${card('Pierre Lemaire', 'President')}</div><div class="wrap">${card('Julie Fortin', 'Treasurer')}</div>
      <div class="wrap">${card('Marc Gagnon', 'Vice President Training')}</div>
      <h4>Volunteers</h4><table>${row('Amélie Bouchard', 'Audio Visual Lead')}${row('Greg Houle', 'Volunteer')}${row('Caroline Maltais', 'Volunteer')}${row('Vincent Labrecque', 'Volunteer')}</table></main>`);
    expect(found.map((r) => r[0])).toEqual(['Pierre Lemaire', 'Julie Fortin', 'Marc Gagnon', 'Amélie Bouchard', 'Greg Houle', 'Caroline Maltais', 'Vincent Labrecque']);
    expect(found[0]).toEqual(['Pierre Lemaire', 'President']);
  });

  it('a label ("info:"), placeholder text and a tagline are not titles; a role in a smaller heading is', () => {
    expect(rows(`<main><div class="g">
      <div class="c"><h3>Lena Fischer</h3><h5>Founder @ Northwind</h5><p>Builds friendly robots for schools</p></div>
      <div class="c"><h3>Jonas Berg</h3><span>info:</span><p>Jonas studied law and has worked for tenants' rights groups since the nineties.</p></div>
      <div class="c"><h3>Mei Tanaka</h3><p>Lorem ipsum dolor sit.</p></div>
    </div></main>`)).toEqual([
      ['Lena Fischer', 'Founder @ Northwind'],
      ['Jonas Berg', null],
      ['Mei Tanaka', null],
    ]);
  });

  it('reads a members table whose names link to their pages', () => {
    const row = (name: string, unit: string) => `<tr><td><a href="https://northwind.example.com/people/${name.split(' ')[0]}">${name}</a></td><td><span class="tag">${unit}</span></td></tr>`;
    expect(rows(`<main><h3>Members</h3><table><tr><th>Member</th><th>Affiliation</th></tr>
      ${row('Raquel Lima', 'BIO')}${row('Paul Novak', 'STAT')}${row('Yu Chen', 'CSE')}</table></main>`).map((r) => r[0])).toEqual(['Raquel Lima', 'Paul Novak', 'Yu Chen']);
  });

  it('reads "Role : Name" headings, the role written first', () => {
    expect(rows(`<main><div class="g">
      <div class="c"><img src="a.jpg" alt=""><h3>Directrice : Mme Laure Petit</h3><p>Elle dirige l'atelier depuis dix ans.</p></div>
      <div class="c"><img src="b.jpg" alt=""><h3>Head of Logistics: Jonas Berg</h3><p>Keeps every delivery on time.</p></div>
      <div class="c"><img src="c.jpg" alt=""><h3>Secrétaire : Mme Awa Diallo</h3><p>Répond à vos appels.</p></div>
    </div></main>`, new URL('https://northwind.example.com/equipe.html'))).toEqual([
      ['Mme Laure Petit', 'Directrice'],
      ['Jonas Berg', 'Head of Logistics'],
      ['Mme Awa Diallo', 'Secrétaire'],
    ]);
  });
});
