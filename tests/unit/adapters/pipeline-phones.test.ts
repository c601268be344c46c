// Item 2 of issue 9: a phone number on the page is kept in every layer, normalized with the best region known.
import { describe, expect, it } from 'vitest';
import { parseHtml } from './fixture-helpers';
import { extractPage } from '../../../src/adapters/pipeline';

function phonesOf(html: string, href = 'https://people.example.com/jan'): Array<{ number: string; label?: string }> {
  const result = extractPage(parseHtml(html), new URL(href));
  if (!result.ok) throw new Error(result.error);
  return result.people[0]!.fields.phones.map((p) => ({ number: p.number, ...(p.label ? { label: p.label } : {}) }));
}

describe('phones in page layers', () => {
  it('keeps a JSON-LD telephone written nationally, as written, when nothing says the country', () => {
    const html = `<script type="application/ld+json">{"@type":"Person","name":"Jan Berg","telephone":"030 1234567"}</script>`;
    expect(phonesOf(html)).toEqual([{ number: '030 1234567' }]);
  });

  it('normalizes it with the ccTLD of the person\'s email', () => {
    const html = `<script type="application/ld+json">{"@type":"Person","name":"Jan Berg","email":"jan@berg-maschinen.de","telephone":"030 1234567"}</script>`;
    expect(phonesOf(html)).toEqual([{ number: '+49301234567' }]);
  });

  it('keeps h-card tel and tel: links that cannot be normalized, with their labels', () => {
    const html = `<div class="h-card"><span class="p-name">Jan Berg</span><span class="p-tel">0301234567</span></div>
      <a href="tel:555-0123">call</a>`;
    const numbers = phonesOf(html).map((p) => p.number);
    expect(numbers).toContain('0301234567');
    expect(numbers).toContain('555-0123');
  });

  it('still prefers the prospect\'s own country over the page language', () => {
    const html = `<html lang="de-DE"><script type="application/ld+json">{"@type":"Person","name":"Jan Berg","address":{"@type":"PostalAddress","addressCountry":"FR"},"telephone":"01 42 68 53 00"}</script></html>`;
    expect(phonesOf(html, 'https://jan.example.com/')).toEqual([{ number: '+33142685300' }]);
  });
});
