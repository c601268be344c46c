// A single post (/<handle>/status/<id>): the person is the post's author, whose handle is in the address. Invented
// pages in the rendered layout (2020–, data-testid), the legacy twitter.com permalink layout (2014–2019) and a page
// with only its server-rendered head.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/x/extract';
import { extractPage } from '../../../../src/adapters/pipeline';
import { parseHtml } from '../fixture-helpers';

const rendered = `<!doctype html><html><head><title>Priya Raman on X: "Shipping the new data catalog today" / X</title></head><body>
  <nav><a href="/home">Home</a><a href="/lena_fischer_ex" data-testid="AppTabBar_Profile_Link">Profile</a></nav>
  <main><article data-testid="tweet"><div data-testid="User-Name"><a href="/priyaro_data"><span>Priya Raman 🛰️</span></a>
    <a href="/priyaro_data"><span>@priyaro_data</span></a></div><div data-testid="tweetText">Shipping the new data catalog today</div></article>
  <article data-testid="tweet"><div data-testid="User-Name"><a href="/jonas_vdberg"><span>Jonas van den Berg</span></a>
    <a href="/jonas_vdberg"><span>@jonas_vdberg</span></a></div><div data-testid="tweetText">Congrats!</div></article></main></body></html>`;

const legacy = `<!doctype html><html><head><title>Jonas van den Berg on Twitter: &quot;Our warehouse robots in action&quot;</title></head><body>
  <div class="dashboard"><div class="DashboardProfileCard" data-screen-name="lena_fischer_ex" data-name="Lena Fischer"></div></div>
  <div role="main" class="permalink"><div class="permalink-inner permalink-tweet-container">
    <div class="tweet permalink-tweet js-original-tweet" data-permalink-path="/JonasVdBerg/status/934482867480121345"
      data-screen-name="JonasVdBerg" data-name="Jonas van den Berg" data-user-id="1">
      <strong class="fullname show-popup-with-id">Jonas van den Berg</strong><span class="username">@<b>JonasVdBerg</b></span>
      <p class="tweet-text">Our warehouse robots in action</p></div></div>
    <div class="replies"><div class="tweet" data-screen-name="lena_fischer_ex" data-name="Lena Fischer"><p class="tweet-text">Nice</p></div></div>
  </div></body></html>`;

const headOnly = `<!doctype html><html><head>
  <meta property="og:title" content="Lena Fischer on X: &quot;Hiring two data engineers in Berlin&quot;">
  <title>Lena Fischer on X: "Hiring two data engineers in Berlin" / X</title></head><body><noscript>JavaScript is not available.</noscript></body></html>`;

describe('X adapter, a single post', () => {
  it('the rendered layout: the first post\'s author, never a reply\'s author or the signed-in user', () => {
    const out = extract(parseHtml(rendered), new URL('https://x.com/priyaro_data/status/1790000000000000000'));
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({ fullName: 'Priya Raman', profiles: { x: 'https://x.com/priyaro_data' } });
  });

  it('the legacy twitter.com permalink layout (2014–2019)', () => {
    const result = extractPage(parseHtml(legacy), new URL('https://twitter.com/JonasVdBerg/status/934482867480121345'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people).toHaveLength(1);
    expect(result.people[0]!.fields).toMatchObject({ fullName: 'Jonas van den Berg', profiles: { x: 'https://x.com/JonasVdBerg' } });
  });

  it('only the server-rendered head: "Name on X: …"', () => {
    const out = extract(parseHtml(headOnly), new URL('https://x.com/lena_fischer_ex/status/1790000000000000001'));
    expect(out.people[0]).toMatchObject({ fullName: 'Lena Fischer', profiles: { x: 'https://x.com/lena_fischer_ex' } });
  });

  it('a post page with nothing about its author says what it missed', () => {
    const out = extract(parseHtml('<html><head><title>X</title></head><body></body></html>'), new URL('https://x.com/lena_fischer_ex/status/1'));
    expect(out.people).toEqual([]);
    expect(out.report.missed?.length).toBeGreaterThan(0);
  });
});
