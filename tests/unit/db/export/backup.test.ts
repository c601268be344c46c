import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_TABLES, type SegueDatabase } from '../../../../src/db/database';
import { CallsRepo } from '../../../../src/db/calls-repo';
import { ProspectsRepo } from '../../../../src/db/prospects-repo';
import { SegmentsRepo } from '../../../../src/db/segments-repo';
import { HandoffsRepo } from '../../../../src/db/handoffs-repo';
import { SettingsRepo } from '../../../../src/db/settings-repo';
import { TasksRepo } from '../../../../src/db/tasks-repo';
import { NotesRepo } from '../../../../src/db/notes-repo';
import { makeDraft } from '../../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../../support/db/test-db';
import { BackupFormatError, importBackup, parseBackup } from '../../../../src/db/import/backup-import';
import { backupFileName, exportBackup, exportBackupChunks, exportBackupText } from '../../../../src/db/export/backup-export';

let db: SegueDatabase;
let now = 1_750_000_000_000;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(closeDatabases);

async function fill(target: SegueDatabase, people = 30) {
  const clock = () => now;
  const prospects = new ProspectsRepo(target, clock);
  const ids: string[] = [];
  for (let i = 0; i < people; i++) {
    now += 1000;
    const { prospect } = await prospects.saveDraft(makeDraft({
      fullName: `Person ${i} Fairbanks`, company: `Company ${i % 4}`, emails: [`p${i}@co${i % 4}.example`], title: 'Director of Ops',
      phones: [{ number: `+1415555${String(100 + i).padStart(4, '0')}`, label: 'office' }], tags: i % 2 ? ['even'] : [],
      location: { city: 'Porto', country: 'Portugal' }, notes: i === 3 ? 'Line one\nLine "two", with commas' : '',
    }, { capturedAt: now }), { segmentIds: i % 3 ? [] : ['founders'] });
    ids.push(prospect.id);
  }
  await prospects.updateStage(ids[0]!, 'won');
  await new SegmentsRepo(target).save({
    id: 'founders', name: 'Founders', description: 'Founders and CEOs', priority: 3, threshold: 50,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['founder'], weight: 60 }] }, talkingPoints: [], templates: [],
  });
  await new CallsRepo(target, clock).log({ prospectId: ids[1]!, outcome: 'meeting_booked', startedAt: now, durationSec: 312, notes: 'Demo Tuesday', followUpAt: now + 86_400_000, nextStep: 'Send agenda' });
  await new TasksRepo(target, clock).create({ prospectId: ids[2]!, title: 'Call back', dueAt: now + 3_600_000 });
  const settings = new SettingsRepo(target);
  await settings.patch('sender', { name: 'Robin Vale', signature: 'Robin\nSegue Demo Co' });
  await settings.set('lastBackupAt', 12345);
  await settings.set('team', [{ id: 't1', name: 'Sam Rivera', role: 'rep' }]);
  if (ids.length > 4) await new HandoffsRepo(target, clock).offer({ prospectId: ids[4]!, owner: { name: 'Sam Rivera' }, note: 'Hot' });
  return ids;
}

async function dump(target: SegueDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const name of ALL_TABLES) out[name] = await target.table(name).toArray();
  return out;
}

describe('JSON backup', () => {
  it('round-trips: export → clear → import gives back exactly the same data', async () => {
    await fill(db);
    const before = await dump(db);
    const text = await exportBackupText(db, { pageSize: 7, now });
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'segue-backup', version: 1, exportedAt: new Date(now).toISOString() });
    expect(parsed.prospects).toHaveLength(30);
    expect(parsed.prospects[0]).not.toHaveProperty('searchTokens');
    expect(parsed.tasks.every((t: { done: unknown }) => typeof t.done === 'boolean')).toBe(true);

    for (const name of ALL_TABLES) await db.table(name).clear();
    expect(await db.prospects.count()).toBe(0);

    const summary = await importBackup(db, text);
    expect(summary).toEqual({ prospects: 30, segments: 1, calls: 1, tasks: 2, activities: 36, settings: 3 });
    expect(parsed.handoffs).toHaveLength(1);
    expect(await dump(db)).toEqual(before);
    expect(await exportBackup(db, { now })).toEqual(parsed);
    // Indexes work after a restore.
    expect((await new ProspectsRepo(db).search('fairbanks', { limit: 100 }))).toHaveLength(30);
  });

  it('carries notes: edited and added notes come back as they were, and search finds their words after a restore', async () => {
    const ids = await fill(db, 4);
    const notes = new NotesRepo(db, () => now);
    const [first] = await notes.list(ids[3]!);
    await notes.edit(first!.id, 'Line one\nPrefers Thursdays');
    now += 1000;
    await notes.add(ids[0]!, 'Budget approved for the quarterly renewal');
    const before = await dump(db);
    const text = await exportBackupText(db, { now });
    expect(JSON.parse(text).activities.filter((a: { kind: string }) => a.kind === 'note')).toHaveLength(2);

    await importBackup(db, text);
    expect(await dump(db)).toEqual(before);
    expect((await new ProspectsRepo(db).search('thursdays')).map((p) => p.id)).toEqual([ids[3]]);
    expect((await new ProspectsRepo(db).search('quarterly renewal')).map((p) => p.id)).toEqual([ids[0]]);
  });

  it('a backup written before notes were a history restores its notes text as the first note, and never trusts note words from the file', async () => {
    const [id] = await fill(db, 4);
    const backup = JSON.parse(await exportBackupText(db, { now }));
    const old = backup.prospects.find((p: { id: string }) => p.id === id);
    old.notes = 'Old single notes field: loves sailing';
    old.noteTokens = ['forged'];
    await importBackup(db, JSON.stringify(backup));

    const restored = await new NotesRepo(db).list(id!);
    expect(restored.map((n) => n.data?.text)).toEqual(['Old single notes field: loves sailing']);
    expect((await new ProspectsRepo(db).get(id!))!.notes).toBe('');
    expect((await new ProspectsRepo(db).search('sailing')).map((p) => p.id)).toEqual([id]);
    expect(await new ProspectsRepo(db).search('forged')).toEqual([]);
  });

  it('exports in pieces that join into valid JSON, also when empty', async () => {
    const pieces: string[] = [];
    for await (const piece of exportBackupChunks(db, { now: 0 })) pieces.push(piece);
    expect(JSON.parse(pieces.join(''))).toEqual({
      format: 'segue-backup', version: 1, exportedAt: '1970-01-01T00:00:00.000Z',
      prospects: [], segments: [], calls: [], tasks: [], activities: [], settings: [], handoffs: [],
    });
    expect(backupFileName(Date.UTC(2026, 10, 26))).toBe('segue-backup-2026-11-26.json');
  });

  it('replace mode wipes what is there; upsert keeps it', async () => {
    await fill(db, 3);
    const text = await exportBackupText(db);
    await new ProspectsRepo(db).saveDraft(makeDraft({ fullName: 'Extra Person', emails: ['extra@x.example'] }));
    await importBackup(db, text, { mode: 'upsert' });
    expect(await db.prospects.count()).toBe(4);
    await importBackup(db, text);
    expect(await db.prospects.count()).toBe(3);
  });

  it('a failure while restoring leaves the database as it was', async () => {
    await fill(db, 5);
    const before = await dump(db);
    const text = await exportBackupText(db);
    const spy = vi.spyOn(db.calls, 'bulkPut').mockImplementation(() => { throw new Error('Injected restore failure'); });
    await expect(importBackup(db, text)).rejects.toThrow('Injected restore failure');
    spy.mockRestore();
    expect(await dump(db)).toEqual(before);
  });
});

describe('backup import refuses bad files with a clear error, writing nothing', () => {
  const valid = () => ({ format: 'segue-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', prospects: [], segments: [], calls: [], tasks: [], activities: [], settings: [] });
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty file', '', /The file is empty/],
    ['binary file', new Uint8Array([0x7b, 0x00, 0x7d]), /binary data/],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not UTF-8/],
    ['not JSON', '{"format": "segue-backup", ', /not valid JSON/],
    ['unknown format', JSON.stringify({ format: 'other-crm-export', version: 1 }), /not a Segue backup/],
    ['a JSON array', '[1,2,3]', /not a Segue backup/],
    ['future version', JSON.stringify({ ...valid(), version: 2 }), /newer version of Segue \(backup format 2/],
    ['missing version', JSON.stringify({ ...valid(), version: undefined }), /no valid format version/],
    ['damaged rows', JSON.stringify({ ...valid(), prospects: [{ id: 'p1', fullName: 42 }] }), /damaged: prospects\[0\]\.fullName/],
    ['bad stage', JSON.stringify({ ...valid(), tasks: [{ id: 't', prospectId: 'p', title: 'x', dueAt: 1, done: 'yes', createdAt: 1 }] }), /tasks\[0\]\.done/],
  ];
  for (const [label, input, message] of cases) {
    it(label, async () => {
      await fill(db, 3);
      const before = await dump(db);
      await expect(importBackup(db, input)).rejects.toThrow(message);
      await expect(importBackup(db, input)).rejects.toBeInstanceOf(BackupFormatError);
      expect(await dump(db)).toEqual(before);
    });
  }

  it('duplicate prospect ids', () => {
    const prospect = {
      id: 'p1', fullName: 'A', stage: 'new', emails: [], phones: [], profiles: {}, tags: [], notes: '',
      source: { url: 'u', site: 'web', capturedAt: 1 }, sources: [], fieldSources: {}, createdAt: 1, updatedAt: 1,
    };
    expect(() => parseBackup(JSON.stringify({ ...valid(), prospects: [prospect, prospect] }))).toThrow('prospect id p1 appears twice');
  });
});

describe('a backup is validated field by field with the schemas the app saves with, before anything is written', () => {
  const segment = () => ({
    id: 'founders', name: 'Founders', description: '', priority: 3, threshold: 50,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['founder'], weight: 60 }] }, talkingPoints: [], templates: [],
  });
  const prospect = (id: string, extra: Record<string, unknown> = {}) => ({
    id, fullName: 'Ada Quill', stage: 'new', emails: ['ada@quill.example'], phones: [], profiles: {}, tags: [], notes: '',
    source: { url: 'https://quill.example', site: 'web', capturedAt: 1 }, sources: [], fieldSources: {}, createdAt: 1, updatedAt: 1,
    ...extra,
  });
  const backupWith = (parts: Record<string, unknown>) => JSON.stringify({
    format: 'segue-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z',
    prospects: [], segments: [], calls: [], tasks: [], activities: [], settings: [], handoffs: [], ...parts,
  });
  const issuesOf = (text: string) => {
    try {
      parseBackup(text);
    } catch (err) {
      expect(err).toBeInstanceOf(BackupFormatError);
      return (err as BackupFormatError).issues;
    }
    throw new Error('expected the backup to be refused');
  };

  it('a segment without rules is refused with its field path, nothing is written, and saving still works', async () => {
    await fill(db, 3);
    const before = await dump(db);
    const { rules: _dropped, ...noRules } = segment();
    const text = backupWith({ prospects: [prospect('p1')], segments: [segment(), { ...segment(), id: 'b', name: 'B' }, { ...segment(), id: 'c' }, { ...noRules, id: 'no-rules' }] });
    expect(issuesOf(text)).toEqual([{ path: 'segments[3].rules', message: expect.stringMatching(/required/i) }]);
    await expect(importBackup(db, text)).rejects.toThrow(/segments\[3\]\.rules/);
    expect(await dump(db)).toEqual(before);
    // The app still works: a save matches segments without throwing.
    await expect(new ProspectsRepo(db).saveDraft(makeDraft({ fullName: 'After Restore', emails: ['after@restore.example'] }))).resolves.toBeTruthy();
  });

  it('segment rules are checked as deeply as the editor checks them (weights, unknown rule types, templates)', () => {
    const bad = segment();
    bad.rules.rules = [{ type: 'seniority_in', values: ['founder'], weight: -5 }, { type: 'astrology', values: ['leo'], weight: 5 }] as never;
    const issues = issuesOf(backupWith({ segments: [bad] }));
    expect(issues.map((i) => i.path)).toEqual(['segments[0].rules.rules[0].weight', 'segments[0].rules.rules[1].type']);
  });

  it('prospects, calls, tasks, activities and settings report each bad field by its path', () => {
    const issues = issuesOf(backupWith({
      prospects: [prospect('p1'), prospect('p2', { phones: [{ number: 5 }], location: 'Lisbon', emails: [null] })],
      calls: [{ id: 'c1', prospectId: 'p1', startedAt: 'yesterday', durationSec: 3, outcome: 'connected', notes: '', createdAt: 1 }],
      tasks: [{ id: 't1', prospectId: 'p1', title: 'Call', dueAt: 1, createdAt: 1 }],
      settings: [{ key: 'callOutcomes', value: 'all of them' }],
    }));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([
      'prospects[1].phones[0].number', 'prospects[1].location', 'prospects[1].emails[0]', 'calls[0].startedAt', 'tasks[0].done',
      'settings[0].value',
    ]));
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(3);
  });

  it('the error message names the first fields and how many more there are', () => {
    const many = Array.from({ length: 12 }, (_, i) => prospect(`p${i}`, { stage: 'maybe' }));
    expect(() => parseBackup(backupWith({ prospects: many }))).toThrow(/^The backup is damaged: prospects\[0\]\.stage: .*\(and 7 more\)\.$/);
  });

  it('restores what it validated: segment text is stored as the schema cleans it', async () => {
    await importBackup(db, backupWith({ segments: [{ ...segment(), name: '  Founders  ' }] }));
    expect((await db.segments.get('founders'))?.name).toBe('Founders');
  });
});
