// A LinkedIn article (/pulse/<slug>): the person is its author, read from the author card (2016 and 2017+ layouts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/linkedin/extract';
import { detect } from '../../../../src/adapters/linkedin/detect';
import { parseHtml } from '../fixture-helpers';

const ARTICLE = new URL('https://www.linkedin.com/pulse/why-maps-matter-priya-raman-okafor');

describe('LinkedIn articles', () => {
  it('is a LinkedIn page the adapter reads', () => {
    expect(detect(ARTICLE)).toBe(true);
  });

  it('reads the author from the 2016 article header', () => {
    const doc = parseHtml(`<main><div class="author-info"><a class="image-container" href="https://www.linkedin.com/in/priya-ro?trk=pulse-det-athr_prof-art_hdr" title="Priya Raman-Okafor"><img alt="Priya Raman-Okafor" src="/p.jpg"></a>
      <h2 class="title"><a class="name" href="https://www.linkedin.com/in/priya-ro?trk=pulse-det-athr_prof-art_hdr">Priya Raman-Okafor</a></h2><p class="headline">Chief Executive Officer at Northwind</p></div>
      <article><p>Text.</p></article>
      <section class="comments"><a href="https://www.linkedin.com/in/jonas-vdb?trk=pulse-article_social-details_comment_actor-name">Jonas van der Berg</a></section></main>`);
    const out = extract(doc, ARTICLE);
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({ fullName: 'Priya Raman-Okafor', profiles: { linkedin: 'https://www.linkedin.com/in/priya-ro' } });
  });

  it('reads the author from the author card of the 2017+ layout', () => {
    const doc = parseHtml(`<main><article><p>Text.</p></article>
      <div class="base-card"><a class="base-card__full-link" href="https://www.linkedin.com/in/priya-ro?trk=pulse-article_main-author-card" data-tracking-control-name="pulse-article_main-author-card"><span class="screen-reader-text"> Priya Raman-Okafor </span></a>
      <h3 class="base-main-card__title">Priya Raman-Okafor</h3></div></main>`);
    const out = extract(doc, ARTICLE);
    expect(out.people[0]).toMatchObject({ fullName: 'Priya Raman-Okafor', profiles: { linkedin: 'https://www.linkedin.com/in/priya-ro' } });
  });

  it('an article without an author card yields no person', () => {
    expect(extract(parseHtml('<main><article><h1>Why maps matter</h1><p>Text.</p></article></main>'), ARTICLE).people).toEqual([]);
  });
});
