// Hostile pages: markup in names, scripts that must not run, enormous and absurdly deep pages, broken JSON-LD.
import { describe, expect, it } from 'vitest';
import { extractPage, toCliShape } from '../../../src/adapters/pipeline';
import { extractFromHtml } from '../../../src/cli/commands/extract';
import { loadFixture, parseHtml, runFixture } from './fixture-helpers';

/** Every string in a value, however nested. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    expect(value).not.toBeInstanceOf(Node);
    Object.values(value).forEach((v) => strings(v, out));
  }
  return out;
}

describe('hostile pages', () => {
  it('markup inside names and titles comes back as inert text, never as elements, and no script runs', async () => {
    const g = globalThis as { __segueHostileRan?: string };
    delete g.__segueHostileRan;
    const { result } = runFixture('hostile', 'script-in-name');
    if (!result.ok) throw new Error(result.error);
    const f = result.people[0]!.fields;
    // The JSON-LD said these characters as text: they stay characters.
    expect(f.fullName).toBe("Eve <script>window.__segueHostileRan='json-ld'</script>Mallory");
    expect(f.title).toBe(`<img src=x onerror="window.__segueHostileRan='title'">Head of Mischief`);
    // javascript: and data: URLs dropped; the broken email dropped; control and bidi characters stripped.
    expect(f.website).toBeUndefined();
    expect(f.photo).toBeUndefined();
    expect(f.emails).toEqual([]);
    expect(f.profiles).toEqual({ linkedin: 'https://www.linkedin.com/in/eve-mallory-example' });
    const all = strings(result);
    expect(all.some((s) => /javascript:/i.test(s))).toBe(false);
    expect(all.some((s) => /[\u0000-\u0008\u202e]/.test(s))).toBe(false);
    // Rendered as text the values create no element.
    const box = document.createElement('div');
    for (const s of strings(toCliShape(result))) {
      const p = document.createElement('p');
      p.textContent = s;
      box.append(p);
    }
    expect(box.querySelectorAll('script, img, [onerror]').length).toBe(0);
    // Through the CLI's inert window as well.
    await extractFromHtml(loadFixture('hostile', 'script-in-name').html, new URL('https://profiles.example.com/eve'));
    expect(g.__segueHostileRan).toBeUndefined();
  });

  it('markup as real elements inside a name is read as its text only (scripts skipped)', () => {
    const doc = parseHtml('<div class="team-member"><h3>Ada <script>alert(1)</script><img src=x onerror=alert(1)>Quinn</h3><p>CEO</p></div><div class="team-member"><h3>Ben Ortiz</h3><p>CTO</p></div>');
    const result = extractPage(doc, new URL('https://acme.example.com/team'));
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields.fullName).toBe('Ada Quinn');
  });

  it('malformed JSON-LD is reported and another layer still finds the person', () => {
    const { result } = runFixture('hostile', 'malformed-json-ld');
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fieldSources.fullName).toBe('microdata');
    expect(result.reports.find((r) => r.layer === 'json-ld')?.error).toMatch(/JSON-LD script 1: not valid JSON/);
  });

  it('a page with no person says so', () => {
    const { result } = runFixture('hostile', 'no-person');
    expect(result).toMatchObject({ ok: false, error: 'No person found on this page.' });
  });

  it('caps field lengths', () => {
    const long = 'A'.repeat(2_000);
    const result = extractPage(parseHtml(`<script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"${long}","description":"${long}"}</script>`), new URL('https://a.example.com/'));
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields.title!.length).toBe(300);
    expect(result.people[0]!.fields.headline!.length).toBe(500);
  });

  it('an enormous page (5 MB) is read within bounds', () => {
    const filler = `<div class="row"><p>${'lorem ipsum dolor sit amet '.repeat(20)}</p><a href="/x">x</a></div>`;
    const body = filler.repeat(Math.ceil(5_000_000 / filler.length));
    const html = `<html><head><script type="application/ld+json">{"@type":"Person","name":"Ada Quinn","jobTitle":"CEO"}</script></head><body>${body}</body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = parseHtml(html);
    const started = performance.now();
    const result = extractPage(doc, new URL('https://a.example.com/'));
    const elapsed = performance.now() - started;
    console.log(`5 MB page: extractPage took ${elapsed.toFixed(0)} ms`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.people[0]!.fields.fullName).toBe('Ada Quinn');
  }, 120_000);

  it('a 10,000-deep DOM does not overflow the stack; layers that cannot cope report errors', () => {
    const deep = `${'<div>'.repeat(10_000)}<h1 itemprop="name">Deep Down</h1>${'</div>'.repeat(10_000)}`;
    const html = `<html><head><script type="application/ld+json">{"@type":"Person","name":"Ada Quinn"}</script></head><body><div class="h-card"><span class="p-name">Ada Quinn</span>${deep}</div></body></html>`;
    const doc = parseHtml(html);
    let result: ReturnType<typeof extractPage> | undefined;
    expect(() => {
      result = extractPage(doc, new URL('https://a.example.com/'));
    }).not.toThrow();
    expect(result!.ok).toBe(true);
    if (result!.ok) expect(result!.people[0]!.fields.fullName).toBe('Ada Quinn');
    const errors = result!.reports.filter((r) => r.error).map((r) => r.layer);
    console.log(`10,000-deep DOM: layers reporting errors: ${errors.join(', ') || 'none'}`);
  }, 60_000);
});
