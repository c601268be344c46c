import { describe, expect, it } from 'vitest';
import {
  acceptHandoff, handoffFile, handoffFileName, offerHandoff, parseHandoffFile, previewHandoffImport, type HandoffFile,
} from '../../../../src/domain/handoff';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';
import type { Prospect } from '../../../../src/domain/prospect';

const T0 = Date.UTC(2026, 11, 7, 9);
const rep = { name: 'Sam Rivera', email: 'sam@example.com' };
const prospect: Prospect = {
  id: 'p1', fullName: 'Dana Lee', emails: ['dana@example.org'], phones: [], profiles: {}, tags: [], notes: '', stage: 'handed_to_sales',
  source: { url: 'https://example.org/team', site: 'web', capturedAt: T0 }, sources: [{ url: 'https://example.org/team', site: 'web', capturedAt: T0 }],
  fieldSources: {}, createdAt: T0, updatedAt: T0,
};
const segment = starterSegments()[0]!;
const handoff = offerHandoff({ id: 'h1', prospectId: 'p1', from: { name: 'Mia' }, owner: rep, note: 'Hot', segmentId: segment.id, now: T0 });

function file(extra: Partial<HandoffFile> = {}): HandoffFile {
  return { ...handoffFile({ owner: rep, handoffs: [handoff], prospects: [prospect], notes: [{ id: 'n1', prospectId: 'p1', at: T0, text: 'Met at the fair' }], segments: [segment] }, T0), ...extra };
}

describe('hand-off files', () => {
  it('round-trips through JSON', () => {
    const result = parseHandoffFile(JSON.stringify(file()));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.handoffs).toEqual([handoff]);
      expect(result.file.prospects[0]!.fullName).toBe('Dana Lee');
      expect(result.file.segments[0]!.id).toBe(segment.id);
      expect(result.file.notes[0]!.text).toBe('Met at the fair');
    }
  });

  it('names the file after the owner and the day', () => {
    expect(handoffFileName({ name: 'Sam Rivéra' }, T0)).toBe('segue-handoffs-sam-rivera-2026-12-07.json');
  });

  it('says what is wrong, field by field, and reads nothing from a bad file', () => {
    expect(parseHandoffFile('{nope')).toEqual({ ok: false, issues: [{ path: '', message: 'The file is not valid JSON, so it holds no hand-offs.' }] });
    const bad = JSON.parse(JSON.stringify(file())) as Record<string, unknown> & { handoffs: Record<string, unknown>[] };
    bad.handoffs[0]!.state = 'maybe';
    const result = parseHandoffFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'handoffs[0].state', message: 'must be one of: offered, accepted, returned' });
    const other = parseHandoffFile(JSON.stringify({ format: 'segue-segments', version: 1, segments: [] }));
    expect(!other.ok && other.issues[0]!.message).toBe('is not a Segue hand-off file');
  });

  it('refuses a hand-off whose prospect is not in the file, and a returned one with no reason', () => {
    const result = parseHandoffFile(JSON.stringify(file({ prospects: [], handoffs: [{ ...handoff, state: 'returned' }] })));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: 'handoffs[0].prospectId', message: 'names prospect p1, which the file does not carry' },
        { path: 'handoffs[0].returnReason', message: 'required when returned' },
      ]);
    }
  });

  it('checks segments with the editor validation, under their path', () => {
    const result = parseHandoffFile(JSON.stringify(file({ segments: [{ ...segment, name: '' }] })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((i) => i.path.startsWith('segments[0].name'))).toBe(true);
  });

  it('previews what an import adds and updates', () => {
    const f = file();
    expect(previewHandoffImport(f, { handoffs: [], prospectIds: new Set(), segmentIds: new Set() })).toMatchObject({
      add: [handoff], update: [], same: [], newProspects: [prospect], newSegments: [segment],
    });
    const answered = file({ handoffs: [acceptHandoff(handoff, rep, T0 + 5)] });
    const preview = previewHandoffImport(answered, { handoffs: [handoff], prospectIds: new Set(['p1']), segmentIds: new Set([segment.id]) });
    expect(preview.update.map((h) => h.state)).toEqual(['accepted']);
    expect(preview.newProspects).toEqual([]);
    expect(preview.newSegments).toEqual([]);
  });
});
