import { describe, expect, it } from 'vitest';
import { diffSegments, parseSegmentFile, segmentFile, segmentFileName } from '../../../../src/domain/segments/segment-file';
import type { Segment } from '../../../../src/domain/segments/segment-schema';

const segment = (id: string, extra: Partial<Segment> = {}): Segment => ({
  id, name: `Segment ${id}`, description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 60 }] }, talkingPoints: [], templates: [], ...extra,
});

describe('segment files', () => {
  it('round-trips: the exported file parses back to the same segments', () => {
    const file = segmentFile([segment('a'), segment('b')], Date.UTC(2026, 11, 7));
    expect(file).toMatchObject({ format: 'segue-segments', version: 1, exportedAt: '2026-12-07T00:00:00.000Z' });
    expect(parseSegmentFile(JSON.stringify(file))).toEqual({ ok: true, segments: [segment('a'), segment('b')] });
    expect(segmentFileName(Date.UTC(2026, 11, 7))).toBe('segue-segments-2026-12-07.json');
  });

  it('accepts a bare list too (the starter-segments file shape)', () => {
    expect(parseSegmentFile(JSON.stringify([segment('a')]))).toEqual({ ok: true, segments: [segment('a')] });
  });

  it('lists every problem by field: a segment without rules, a bad weight, a repeated id', () => {
    const { rules: _r, ...noRules } = segment('c');
    const bad = segment('d');
    bad.rules.rules = [{ type: 'seniority_in', values: ['vp'], weight: 'lots' as never }];
    const result = parseSegmentFile(JSON.stringify({ format: 'segue-segments', version: 1, segments: [segment('a'), noRules, bad, segment('a')] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['segments[1].rules', 'segments[2].rules.rules[0].weight', 'segments[3].id']);
    expect(result.issues[0]!.message).toMatch(/required/i);
  });

  it('says plainly when the file is not JSON, not segments, or from a newer Segue', () => {
    const first = (text: string) => { const r = parseSegmentFile(text); return r.ok ? undefined : r.issues[0]; };
    expect(first('{"segments": [')).toEqual({ path: '', message: expect.stringMatching(/not valid JSON/) });
    expect(first('{"people": []}')).toEqual({ path: '', message: expect.stringMatching(/list of segments/) });
    expect(first(JSON.stringify({ format: 'segue-segments', version: 9, segments: [] }))).toEqual({ path: '', message: expect.stringMatching(/newer version of Segue/) });
    expect(first(JSON.stringify({ format: 'segue-backup', version: 1, segments: [] }))).toEqual({ path: '', message: expect.stringMatching(/full backup/) });
    expect(first('[]')).toEqual({ path: '', message: expect.stringMatching(/no segments/) });
  });

  it('previews what an import adds and changes (updatedAt alone is no change)', () => {
    const stored = [segment('a', { updatedAt: 1 }), segment('b'), segment('c')];
    const incoming = [segment('a', { updatedAt: 99 }), segment('b', { threshold: 70 }), segment('new')];
    const diff = diffSegments(stored, incoming);
    expect(diff.added.map((s) => s.id)).toEqual(['new']);
    expect(diff.changed.map((c) => [c.before.id, c.fields])).toEqual([['b', ['threshold']]]);
    expect(diff.unchanged.map((s) => s.id)).toEqual(['a']);
  });
});
