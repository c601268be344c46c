// Team-page layouts seen on real company, club and lab sites (the page corpus, round three), each reduced to a minimal
// synthetic snippet: one grid per section, titles in <small> or on a bio's first line, the role above the name,
// Korean names, degrees after the name, and footers that are no team.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const TEAM = new URL('https://northwind.example.com/people.html');
const rows = (html: string) => extract(parseHtml(html), TEAM).people.map((p) => [p.fullName, p.title ?? null]);

describe('team pages as real sites lay them out', () => {
  it('reads every section of a page with one grid per role, not only the largest grid', () => {
    expect(rows(`<main>
      <section><h2>Principal investigator</h2><div class="grid"><article><h3>Priya Raman-Okafor</h3><p>Group Leader</p></article></div></section>
      <section><h2>PhD candidates</h2><div class="grid">
        <article><span class="role">PhD Candidate</span><h3>Jonas van der Berg</h3></article>
        <article><span class="role">PhD Candidate</span><h3>Lena Fischer</h3></article></div></section>
      <section><h2>Alumni</h2><div class="grid">
        <article><h3>Mei Tanaka</h3><span class="role">Master thesis</span></article>
        <article><h3>Daniel Osei</h3><span class="role">Master thesis</span></article>
        <article><h3>Noor Haddad</h3><span class="role">PhD thesis</span></article></div></section></main>`)).toEqual([
      ['Priya Raman-Okafor', 'Group Leader'],
      ['Jonas van der Berg', 'PhD Candidate'],
      ['Lena Fischer', 'PhD Candidate'],
      ['Mei Tanaka', 'Master thesis'],
      ['Daniel Osei', 'Master thesis'],
      ['Noor Haddad', 'PhD thesis'],
    ]);
  });

  it('reads a grid split into rows, each row its own parent', () => {
    const card = (name: string, title: string) => `<div class="col"><div class="box"><img src="/p.jpg" alt=""><h5>${name}</h5><small>${title}</small></div></div>`;
    expect(rows(`<main><div class="row">${card('Priya Raman-Okafor', 'Founder & CEO')}${card('Jonas van der Berg', 'Director de Marketing')}</div>
      <div class="row">${card('Lena Fischer', 'Analista de Datos')}</div></main>`)).toEqual([
      ['Priya Raman-Okafor', 'Founder & CEO'],
      ['Jonas van der Berg', 'Director de Marketing'],
      ['Lena Fischer', 'Analista de Datos'],
    ]);
  });

  it('takes the title from the first line of a bio paragraph', () => {
    expect(rows(`<main>
      <div class="team-member"><h4>Priya Raman-Okafor</h4><p>CO-FOUNDER &amp; CHAIRMAN<br><br> Priya has over ten years of experience of managing people at work and has shaped the careers of many.</p></div>
      <div class="team-member"><h4>Jonas van der Berg</h4><p>DIRECTOR<br><br> Jonas is credited with growing the business significantly and expanding the range of services.</p></div></main>`)).toEqual([
      ['Priya Raman-Okafor', 'CO-FOUNDER & CHAIRMAN'],
      ['Jonas van der Berg', 'DIRECTOR'],
    ]);
  });

  it('reads Korean names from an element marked as the name, with the role above it', () => {
    expect(rows(`<main><div class="team-grid">
      <div class="team-card"><img src="/a.png" alt=""><div class="team-info"><div class="team-role">대표 변호사</div><div class="team-name">이선우</div><span class="team-tag">형사 전문</span></div></div>
      <div class="team-card"><img src="/b.png" alt=""><div class="team-info"><div class="team-role">변호사</div><div class="team-name">최우준</div></div></div>
    </div></main>`)).toEqual([
      ['이선우', '대표 변호사'],
      ['최우준', '변호사'],
    ]);
  });

  it('drops a degree written after the name', () => {
    expect(rows(`<main>
      <div class="team-member"><h3>Priya Raman-Okafor, PhD</h3><p>Group Leader</p></div>
      <div class="team-member"><h3>Jonas van der Berg PhD.</h3><p>Research Director</p></div>
      <div class="team-member"><h3>Lena Fischer, MBA</h3><p>Operations Manager</p></div></main>`)).toEqual([
      ['Priya Raman-Okafor', 'Group Leader'],
      ['Jonas van der Berg', 'Research Director'],
      ['Lena Fischer', 'Operations Manager'],
    ]);
  });

  it('a firm page whose only headings are its trade and footer links has no team', () => {
    expect(rows(`<main><h1>Our team</h1><p>Our dedicated team comprises competent people.</p></main>
      <footer><div class="cols">
        <div><h4>Chartered Accountants</h4><p>About Company</p></div>
        <div><h4>Useful Links</h4><p>Income Tax Dept.</p></div>
        <div><h4>Quick Links</h4><p>Contact Us</p></div></div></footer>`)).toEqual([]);
  });

  it('section headings, roles and schools between the cards are not people', () => {
    expect(rows(`<main>
      <section><div class="facts"><div><small>Current position</small><strong>Independent Group Leader</strong></div>
        <div><small>Previous training</small><strong>Harvard Medical School</strong></div></div></section>
      <section><div class="grid"><div class="head"><h2>Former Members</h2></div><div class="head"><h2>Degree Alumni</h2></div>
        <div class="row"><strong>Priya Raman-Okafor</strong></div><div class="row"><strong>Jonas van der Berg</strong></div></div></section></main>`)).toEqual([
      ['Priya Raman-Okafor', null],
      ['Jonas van der Berg', null],
    ]);
  });

  it('reads names set in <h6> headings', () => {
    const card = (name: string, title: string) => `<div class="cell"><div class="box-member"><img src="/u.jpg" alt=""><div class="box-member-title"><h6><a href="/member.html">${name}</a></h6></div><div class="box-member-description"><p>${title}</p></div></div></div>`;
    expect(rows(`<main><div class="range">${card('Priya Raman-Okafor', 'Co-Founder')}${card('Jonas van der Berg', 'Travel Advisor')}${card('Lena Fischer', 'Travel Agent')}</div></main>`)).toEqual([
      ['Priya Raman-Okafor', 'Co-Founder'],
      ['Jonas van der Berg', 'Travel Advisor'],
      ['Lena Fischer', 'Travel Agent'],
    ]);
  });

  it('reads a list of names alone, one paragraph each, degrees dropped', () => {
    expect(rows(`<main><div><h2>Former members</h2><p>Priya Raman-Okafor, Ph.D.</p><p>Jonas van der Berg, M.D.</p><p>Lena Fischer</p></div>
      <div><h2>News</h2><p>We moved to a new building in 2021.</p></div>
      <div><h5>Our services</h5><ul><li>Trucking</li><li>Air Freight</li><li>Ship Freight</li><li>Rail Freight</li><li>Warehousing</li></ul></div>
      <nav><ul><li>Team Members</li><li>Open Positions</li><li>Contact Form</li></ul></nav></main>`)).toEqual([
      ['Priya Raman-Okafor', null],
      ['Jonas van der Berg', null],
      ['Lena Fischer', null],
    ]);
  });

  it('the dates someone was in the team are not their title', () => {
    expect(rows(`<main><section class="members">
      <div class="m"><h3>Priya Raman-Okafor</h3><p>2022 Summer - Present</p></div>
      <div class="m"><h3>Jonas van der Berg</h3><p>2021 Fall – 2023 Spring</p></div>
      <div class="m"><h3>Lena Fischer</h3><p>Sept 2019 - Jan 2022</p></div></section></main>`)).toEqual([
      ['Priya Raman-Okafor', null],
      ['Jonas van der Berg', null],
      ['Lena Fischer', null],
    ]);
  });
});
