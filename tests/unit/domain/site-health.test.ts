import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/domain/extraction';
import { appendHealth, diagnosticText, healthEntries, summarizeHealth, HEALTH_LOG_CAP } from '../../../src/domain/site-health';

const result = (selectors: Record<string, string | null>, ok = true): ExtractionResult => (ok
  ? {
    ok: true, url: 'https://x.com/priyaro_data',
    people: [{ fields: { fullName: 'Priya Raman-Okafor', emails: ['priya@northwind.example.com'], phones: [], profiles: {}, tags: [], notes: '' }, fieldSources: {}, source: { url: 'https://x.com/priyaro_data', site: 'x', capturedAt: 1 } }],
    reports: [{ layer: 'json-ld', people: 0, fields: [] }, { layer: 'x', people: 1, fields: ['fullName'], selectors }],
  }
  : { ok: false, url: 'https://x.com/priyaro_data', error: 'none', reports: [{ layer: 'x', people: 0, fields: [], selectors }] });

describe('site health log', () => {
  it('records, per site adapter, which named selector matched or missed, and nothing about the person', () => {
    const entries = healthEntries(result({ userName: '[data-testid="UserName"]', schema: null }), 'x', 1000);
    expect(entries).toEqual([{ at: 1000, site: 'x', layer: 'x', found: true, selectors: { userName: '[data-testid="UserName"]', schema: null } }]);
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/Priya|northwind|priyaro/);
  });

  it('keeps only the newest entries', () => {
    let log = appendHealth([], healthEntries(result({ a: 'x' }), 'x', 0));
    for (let i = 1; i < HEALTH_LOG_CAP + 20; i++) log = appendHealth(log, healthEntries(result({ a: i % 2 ? 'x' : null }), 'x', i));
    expect(log).toHaveLength(HEALTH_LOG_CAP);
    expect(log.at(-1)!.at).toBe(HEALTH_LOG_CAP + 19);
  });

  it('summarizes per site and selector, and notices a selector that stopped matching', () => {
    let log = appendHealth([], healthEntries(result({ userName: 'A', schema: 'S' }), 'x', 1));
    log = appendHealth(log, healthEntries(result({ userName: null, schema: 'S' }, false), 'x', 2));
    const [x] = summarizeHealth(log);
    expect(x).toMatchObject({ site: 'x', layer: 'x', captures: 2, lastAt: 2, failing: ['userName'] });
    expect(x!.selectors).toEqual([
      { name: 'schema', matched: 2, missed: 0, lastSelector: 'S', lastOk: true },
      { name: 'userName', matched: 1, missed: 1, lastSelector: 'A', lastOk: false },
    ]);
    const diagnostic = diagnosticText(log, { version: '1.2.3', userAgent: 'Chrome/140' });
    expect(JSON.parse(diagnostic)).toMatchObject({ version: '1.2.3', userAgent: 'Chrome/140', sites: [{ site: 'x', failing: ['userName'] }] });
  });
});
