// Groups that repeat like team cards and whose headings read like names, but are not people: found in a sweep over
// 4,693 unlabelled real pages (tests/corpus/sweep-pages.ts), where half the pages offering people offered these.
// Each reduced to a small invented snippet. A team grid found the same way, showing roles, portraits or contact
// links, is still read.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/team-page/extract';
import { parseHtml } from '../fixture-helpers';

const names = (html: string, url: string) => extract(parseHtml(html), new URL(url)).people.map((p) => p.fullName);

describe('cards that are not people', () => {
  it('a grid of services or features', () => {
    expect(names(`<main><h1>Our services</h1><div class="grid">
      <div class="box"><img src="/icons/bus.svg" alt=""><h3>Shuttle Transfers</h3><p>From the airport to your hotel, any hour.</p></div>
      <div class="box"><img src="/icons/car.svg" alt=""><h3>Private Transfers</h3><p>A driver waiting for you.</p></div>
      <div class="box"><img src="/icons/bed.svg" alt=""><h3>Hotel Booking</h3><p>Rooms at the best rate.</p></div>
      <div class="box"><img src="/icons/key.svg" alt=""><h3>Car Rentals</h3><p>Pick up and drop off anywhere.</p></div>
    </div></main>`, 'https://tailspin.example.com/services')).toEqual([]);
  });

  it('a blog sidebar of widgets', () => {
    expect(names(`<article><h1>Spring update</h1><p>Text.</p></article><aside>
      <section class="widget"><h2>Recent Posts</h2><ul><li><a href="/a">Spring update</a></li></ul></section>
      <section class="widget"><h2>Recent Comments</h2><ul><li>Ada on Spring update</li></ul></section>
      <section class="widget"><h2>Popular Categories</h2><ul><li><a href="/c">News</a></li></ul></section>
    </aside>`, 'https://northwind.example.com/blog/spring-update')).toEqual([]);
  });

  it('client logos whose alt text is the client\'s name', () => {
    expect(names(`<section><h2>Our work</h2><div class="clients">
      <div class="client"><img src="/img/logos/harbor.png" alt="Harbor Yachts"><h4>Harbor Yachts</h4></div>
      <div class="client"><img src="/img/logos/kestrel.png" alt="Kestrel Cars"><h4>Kestrel Cars</h4></div>
      <div class="client"><img src="/img/logos/lumen.png" alt="Lumen Interiors"><h4>Lumen Interiors</h4></div>
    </div></section>`, 'https://fabrikam.example.net/our-work')).toEqual([]);
  });

  it('readers\' comments with avatars', () => {
    expect(names(`<article><h1>Spring update</h1><p>Text.</p></article><ol class="comment-list">
      <li id="li-comment-1"><article id="comment-1"><img class="avatar photo" src="/avatar/1.png" alt=""><cite><b class="fn">Ada Ashgrove</b></cite><p>Great post</p></article></li>
      <li id="li-comment-2"><article id="comment-2"><img class="avatar photo" src="/avatar/2.png" alt=""><cite><b class="fn">Ben Okafor</b></cite><p>Thanks</p></article></li>
      <li id="li-comment-3"><article id="comment-3"><img class="avatar photo" src="/avatar/3.png" alt=""><cite><b class="fn">Chen Wei Ling</b></cite><p>Agreed</p></article></li>
    </ol>`, 'https://northwind.example.com/blog/spring-update')).toEqual([]);
  });

  it('product photos whose alt text repeats the heading', () => {
    expect(names(`<section><div class="teasers">
      <div class="teaser"><img src="/images/2023/harbor-market.jpg" alt="Harbor Market"><h3>Harbor Market</h3><p>A new store opened.</p></div>
      <div class="teaser"><img src="/images/2023/kestrel-foods.jpg" alt="Kestrel Foods"><h3>Kestrel Foods</h3><p>Fresh counters.</p></div>
      <div class="teaser"><img src="/images/2023/lumen-deli.jpg" alt="Lumen Deli"><h3>Lumen Deli</h3><p>Now open.</p></div>
    </div></section>`, 'https://fabrikam.example.net/news/stores')).toEqual([]);
  });

  it('statistics and numbered steps', () => {
    expect(names(`<section><div class="stats">
      <div class="stat"><h4>Success Rate</h4><span>95%</span></div>
      <div class="stat"><h4>Countries Served</h4><span>40+</span></div>
      <div class="stat"><h4>Programs Available</h4><span>100+</span></div>
      <div class="stat"><h4>Average Rating</h4><span>4.9/5</span></div>
    </div></section>`, 'https://fabrikam.example.net/')).toEqual([]);
  });
});

describe('a team grid found by its structure alone is still read', () => {
  it('with roles', () => {
    expect(names(`<div class="grid">
      <div class="box"><h3>Lena Fischer</h3><p>Managing Director</p></div>
      <div class="box"><h3>Jonas Berg</h3><p>Head of Sales</p></div>
      <div class="box"><h3>Mei Tanaka</h3><p>Account Executive</p></div>
    </div>`, 'https://fabrikam.example.net/')).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka']);
  });

  it('with portraits and no roles', () => {
    expect(names(`<div class="grid">
      <div class="box"><img class="portrait" src="/img/lena.jpg" alt="Lena Fischer"><h3>Lena Fischer</h3></div>
      <div class="box"><img class="portrait" src="/img/jonas.jpg" alt="Jonas Berg"><h3>Jonas Berg</h3></div>
      <div class="box"><img class="portrait" src="/img/mei.jpg" alt="Mei Tanaka"><h3>Mei Tanaka</h3></div>
    </div>`, 'https://fabrikam.example.net/')).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka']);
  });

  it('with contact links and no roles', () => {
    expect(names(`<div class="grid">
      <div class="box"><h3>Lena Fischer</h3><a href="mailto:lena@fabrikam.example.net">Email</a></div>
      <div class="box"><h3>Jonas Berg</h3><a href="https://www.linkedin.com/in/jonas-berg-example/">LinkedIn</a></div>
      <div class="box"><h3>Mei Tanaka</h3><a href="mailto:mei@fabrikam.example.net">Email</a></div>
    </div>`, 'https://fabrikam.example.net/')).toEqual(['Lena Fischer', 'Jonas Berg', 'Mei Tanaka']);
  });
});
