import { describe, expect, it } from 'vitest';
import { buildPack, installedSegments, packFileName, packIdFromName, parsePack, validatePack, type SegmentPack } from '../../../../src/domain/packs/pack';
import { diffPack, isEmptyDiff } from '../../../../src/domain/packs/pack-diff';
import { compareVersions, nextMinorVersion } from '../../../../src/domain/packs/pack-version';
import { CALL_OUTCOMES } from '../../../../src/domain/calls';
import { validateSegment, type Segment } from '../../../../src/domain/segments/segment-schema';

const segment = (id: string, extra: Partial<Segment> = {}): Segment => ({
  id, name: `Segment ${id}`, description: '', priority: 1, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 60 }] },
  talkingPoints: [{ id: 'why', text: 'Teams like {{company|yours}} ramp faster.' }],
  templates: [{ id: 'opener', channel: 'call_opener', name: 'Opener', body: 'Hi {{firstName|there}}' }],
  ...extra,
});

const meta = { id: 'acme-playbook', name: 'Acme playbook', version: '1.0.0', publisher: 'Acme marketing', releaseNotes: 'First release' };
const NOW = Date.UTC(2026, 11, 7, 9);
const pack = (version: string, segments: Segment[], extra: Partial<SegmentPack> = {}): SegmentPack => ({ ...buildPack({ ...meta, version }, segments, NOW), ...extra });

describe('pack versions', () => {
  it('compares part by part, a missing part being 0', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2', '2.0.0')).toBe(0);
    expect(compareVersions('1.2', '1.2.1')).toBeLessThan(0);
    expect(nextMinorVersion('1.2.7')).toBe('1.3.0');
    expect(() => compareVersions('v1', '1')).toThrow(/not a pack version/);
  });
});

describe('pack files', () => {
  it('round-trips: an exported pack parses back to the same pack, segments unmarked', () => {
    const marked = { ...segment('a'), pack: { id: 'old', name: 'Old', version: '1' } };
    const built = buildPack(meta, [marked, segment('b')], NOW, CALL_OUTCOMES);
    expect(built.segments[0]).not.toHaveProperty('pack');
    expect(built).toMatchObject({ format: 'segue-pack', formatVersion: 1, publishedAt: '2026-12-07T09:00:00.000Z' });
    expect(parsePack(JSON.stringify(built))).toEqual({ ok: true, pack: built });
    expect(packFileName(built)).toBe('acme-playbook-1.0.0.segue-pack.json');
    expect(packIdFromName('  Acme Playbook 2027! ')).toBe('acme-playbook-2027');
  });

  it('lists every problem with its field: envelope fields and segment fields alike', () => {
    const bad = { ...pack('1.0.0', [segment('a')]), version: 'one', publisher: '', segments: [segment('a'), { ...segment('b'), threshold: 400 }], callOutcomes: [{ key: 'Yes!', label: 'Yes', connect: true }] };
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath.version).toMatch(/numbers separated by dots/);
    expect(byPath.publisher).toMatch(/must not be empty/);
    expect(byPath['segments[1].threshold']).toMatch(/0 to 100/);
    expect(byPath['callOutcomes[0].key']).toMatch(/lower-case/);
  });

  it('names a missing field, an unknown one, a repeated outcome key and a segment file passed as a pack', () => {
    const { publisher: _p, ...noPublisher } = pack('1', [segment('a')]);
    const first = (input: unknown) => { const r = validatePack(input); return r.ok ? undefined : r.issues; };
    expect(first(noPublisher)).toEqual([{ path: 'publisher', message: 'required' }]);
    expect(first({ ...pack('1', [segment('a')]), extra: 1 })![0]!.message).toMatch(/Unknown field "extra"/);
    expect(first(pack('1', [segment('a')], { callOutcomes: [{ key: 'x', label: 'X', connect: false }, { key: 'x', label: 'Y', connect: true }] }))).toEqual([{ path: 'callOutcomes[1].key', message: 'Outcome key "x" is used twice' }]);
    expect(first({ format: 'segue-segments', version: 1, segments: [] })![0]!.message).toMatch(/plain segment file/);
    expect(first({ ...pack('1', [segment('a')]), formatVersion: 3 })![0]!.message).toMatch(/newer version of Segue/);
    expect(first(pack('1', []))).toEqual([{ path: 'segments', message: 'A pack needs at least one segment' }]);
    expect(parsePack('{').ok).toBe(false);
  });

  it('marks installed segments with the pack, and the segment schema accepts the mark', () => {
    const [installed] = installedSegments(pack('1.2', [segment('a')]), true);
    expect(installed!.pack).toEqual({ id: 'acme-playbook', name: 'Acme playbook', version: '1.2', managed: true });
    expect(validateSegment(installed).ok).toBe(true);
    expect(validateSegment({ ...installed, pack: { id: 'x', name: 'X', version: 'latest' } })).toMatchObject({ ok: false, issues: [{ path: 'pack.version' }] });
  });
});

describe('pack preview', () => {
  it('lists added, changed and removed segments against the installed version', () => {
    const v1 = pack('1.0.0', [segment('a'), segment('b'), segment('c')]);
    const v2 = pack('1.1.0', [segment('a'), { ...segment('b'), threshold: 70 }, segment('d')]);
    const diff = diffPack(v2, { installed: v1, stored: installedSegments(v1) });
    expect(diff.kind).toBe('update');
    expect([diff.from, diff.to]).toEqual(['1.0.0', '1.1.0']);
    expect(diff.added.map((s) => s.id)).toEqual(['d']);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([['b', ['threshold']]]);
    expect(diff.removed.map((s) => s.id)).toEqual(['c']);
    expect(diff.unchanged.map((s) => s.id)).toEqual(['a']);
    expect(diff.replacesLocal).toEqual([]);
    expect(diffPack(v1, { installed: v2 }).kind).toBe('older');
    expect(isEmptyDiff(diffPack(v1, { installed: v1 }))).toBe(true);
  });

  it('says which of the rep\'s own segments the pack takes the place of, and which another pack owns', () => {
    const other = { ...segment('b'), pack: { id: 'other-pack', name: 'Other', version: '2' } };
    const diff = diffPack(pack('1', [segment('a'), segment('b')]), { stored: [segment('a'), other, segment('z')] });
    expect(diff.kind).toBe('install');
    expect(diff.added.map((s) => s.id)).toEqual(['a', 'b']);
    expect(diff.replacesLocal.map((s) => s.id)).toEqual(['a']);
    expect(diff.conflicts).toEqual([{ segment: other, pack: other.pack }]);
  });

  it('shows a call-outcome list change only when the pack carries one that differs', () => {
    const outcomes = [{ key: 'connected', label: 'Connected', connect: true }, { key: 'demo', label: 'Demo booked', connect: true }];
    const diff = diffPack(pack('1', [segment('a')], { callOutcomes: outcomes }), { outcomes: CALL_OUTCOMES });
    expect(diff.outcomes?.added).toEqual(['demo']);
    expect(diff.outcomes?.removed).toContain('no_answer');
    expect(diff.outcomes?.changed).toEqual([]);
    expect(diffPack(pack('1', [segment('a')], { callOutcomes: [...CALL_OUTCOMES] }), { outcomes: CALL_OUTCOMES }).outcomes).toBeUndefined();
    expect(diffPack(pack('1', [segment('a')]), { outcomes: CALL_OUTCOMES }).outcomes).toBeUndefined();
  });
});
