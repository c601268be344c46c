import { beforeEach, describe, expect, it } from 'vitest';
import { database, prospectsRepo, segmentsRepo, settingsRepo } from '../../../src/db/default-database';
import { TasksRepo } from '../../../src/db/tasks-repo';
import { CallsRepo } from '../../../src/db/calls-repo';
import type { Segment } from '../../../src/domain/segments/segment-schema';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '../../../src/messaging/protocol-dashboard';
import { browser } from '../../../src/platform/browser';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';
import { failInterruptedImport, importJob, REMATCH_PAGE_SIZE } from '../../../src/background/dashboard-handlers';

const VP_SEGMENT: Segment = {
  id: 'vp-sales', name: 'VPs of sales', description: '', priority: 10, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 50 }] },
  talkingPoints: [], templates: [],
};

async function finished(jobId: string): Promise<ImportProgress> {
  await importJob(jobId);
  const stored = await browser.storage.session.get(IMPORT_PROGRESS_KEY);
  return stored[IMPORT_PROGRESS_KEY] as ImportProgress;
}

beforeEach(clearDatabase);

describe('prospects.update', () => {
  it('saves the rep edit, changes stage with a timeline entry, and matches segments again', async () => {
    await segmentsRepo().save(VP_SEGMENT);
    const [p] = await seedProspects(1, () => ({ title: 'Account Executive', seniority: undefined }));
    // The title decides the seniority through enrichment; VP → the segment matches.
    const { prospect } = await dispatch('prospects.update', { id: p!.id, patch: { title: 'VP of Sales', seniority: 'vp' }, stage: 'qualified' });
    expect(prospect.segmentIds).toEqual(['vp-sales']);
    const stored = await prospectsRepo().get(p!.id);
    expect(stored).toMatchObject({ title: 'VP of Sales', stage: 'qualified', segmentIds: ['vp-sales'] });
    expect(stored!.fieldSources.title).toBe('manual');
    const kinds = (await database().activities.toArray()).map((a) => a.kind);
    expect(kinds).toContain('stage_change');

    const { prospect: demoted } = await dispatch('prospects.update', { id: p!.id, patch: { seniority: 'manager' } });
    expect(demoted.segmentIds).toEqual([]);
  });

  it('refuses an empty name and an unknown prospect with clear errors', async () => {
    const [p] = await seedProspects(1);
    await expect(dispatch('prospects.update', { id: p!.id, patch: { fullName: '  ' } })).rejects.toThrow('A prospect needs a name.');
    await expect(dispatch('prospects.update', { id: 'nope', patch: { notes: 'x' } })).rejects.toThrow(/no longer exists/);
  });
});

describe('bulk delete and restore', () => {
  it('deletes prospects with their calls and follow-ups, and the undo token brings everything back', async () => {
    const [a, b] = await seedProspects(3);
    await new CallsRepo(database()).log({ prospectId: a!.id, outcome: 'connected', startedAt: Date.now(), followUpAt: Date.now() + 86_400_000 });
    const { deleted, undo } = await dispatch('prospects.bulkDelete', { ids: [a!.id, b!.id] });
    expect(deleted).toBe(2);
    expect(await database().prospects.count()).toBe(1);
    expect(await database().calls.count()).toBe(0);
    expect(await database().tasks.count()).toBe(0);

    await dispatch('prospects.restore', { undo });
    expect(await database().prospects.count()).toBe(3);
    expect(await database().calls.count()).toBe(1);
    expect(await new TasksRepo(database()).forProspect(a!.id)).toHaveLength(1);
  });
});

describe('segments', () => {
  it('matches every prospect again on save, in pages larger than one', async () => {
    const count = REMATCH_PAGE_SIZE * 2 + 7;
    await seedProspects(count);
    const saved = await dispatch('segments.save', { segment: VP_SEGMENT });
    expect(saved.ok).toBe(true);
    const vps = Math.ceil(count / 3); // every third fake prospect is a VP
    expect(saved.ok && saved.rematched).toBe(vps);
    expect(await database().prospects.where('segmentIds').equals('vp-sales').count()).toBe(vps);
    expect((await segmentsRepo().get('vp-sales'))!.updatedAt).toBeTypeOf('number');
  });

  it('returns field issues instead of saving an invalid segment', async () => {
    const bad = { ...VP_SEGMENT, threshold: 140, rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: -1 }] } };
    const result = await dispatch('segments.save', { segment: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path).sort()).toEqual(['rules.rules[0].weight', 'threshold']);
    expect(await segmentsRepo().list()).toEqual([]);
  });

  it('deletes a segment, drops it from its prospects, and saving the returned copy restores it', async () => {
    await seedProspects(6);
    await dispatch('segments.save', { segment: VP_SEGMENT });
    const { segment, rematched } = await dispatch('segments.delete', { id: 'vp-sales' });
    expect(segment?.name).toBe('VPs of sales');
    expect(rematched).toBe(2);
    expect(await database().prospects.where('segmentIds').equals('vp-sales').count()).toBe(0);
    await dispatch('segments.save', { segment });
    expect(await database().prospects.where('segmentIds').equals('vp-sales').count()).toBe(2);
  });

  it('resets to the starter set', async () => {
    await dispatch('segments.save', { segment: VP_SEGMENT });
    const { segments } = await dispatch('segments.resetStarter', {});
    const ids = (await segmentsRepo().list()).map((s) => s.id);
    expect(segments).toBe(ids.length);
    expect(ids).not.toContain('vp-sales');
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('settings', () => {
  it('saves the sender trimmed and refuses a meeting link that is not https', async () => {
    await dispatch('settings.setSender', { sender: { name: ' Sam Reyes ', title: 'AE', company: 'Segue', email: ' sam@example.com ', phone: '+1 202-555-0142', signature: 'Sam\r\nSegue', meetingLink: 'https://cal.example/sam', country: '' } });
    expect(await settingsRepo().get('sender')).toEqual({ name: 'Sam Reyes', title: 'AE', company: 'Segue', email: 'sam@example.com', phone: '+1 202-555-0142', signature: 'Sam\nSegue', meetingLink: 'https://cal.example/sam', country: '' });
    await expect(dispatch('settings.setSender', { sender: { name: 'Sam', title: '', company: '', email: '', phone: '', signature: '', meetingLink: 'javascript:alert(1)', country: '' } }))
      .rejects.toThrow(/https/);
  });

  it('saves the rep\'s default country as an ISO code and refuses anything else', async () => {
    const base = { name: 'Sam', title: '', company: '', email: '', phone: '', signature: '', meetingLink: '' };
    await dispatch('settings.setSender', { sender: { ...base, country: ' de ' } });
    expect((await settingsRepo().get('sender')).country).toBe('DE');
    await expect(dispatch('settings.setSender', { sender: { ...base, country: 'Germany' } })).rejects.toThrow(/country/i);
  });

  it('saves an edited outcome list and refuses an empty one', async () => {
    const { outcomes } = await dispatch('settings.setCallOutcomes', { outcomes: [{ key: 'connected', label: 'Spoke with them', connect: true }, { key: 'demo', label: 'Demo', connect: true }] });
    expect(outcomes.map((o) => o.label)).toEqual(['Spoke with them', 'Demo']);
    await expect(dispatch('settings.setCallOutcomes', { outcomes: [] })).rejects.toThrow(/at least one/);
  });
});

describe('data', () => {
  it('imports a CSV in the background, reports progress in storage.session, and matches segments', async () => {
    await segmentsRepo().save({ ...VP_SEGMENT, rules: { op: 'and', rules: [{ type: 'keywords', keywords: ['sales'], in: 'title', weight: 50 }] } });
    const csv = 'Name,Email,Title,Company\nAvery Abbott,avery@acme.example,VP Sales,Acme\nBad Row,not-an-email,,\nBlake Brennan,blake@acme.example,Engineer,Acme\n';
    const { jobId, total } = await dispatch('data.importCsv', { text: csv, mapping: {}, fileName: 'contacts.csv' });
    // Progress counts the file's rows (each chunk is validated while the previous one is written).
    expect(total).toBe(3);
    const progress = await finished(jobId);
    expect(progress).toMatchObject({ phase: 'done', kind: 'csv', created: 2, merged: 0, skipped: 1, done: 3, total: 3 });
    const avery = (await prospectsRepo().search('avery'))[0]!;
    expect(avery.segmentIds).toEqual(['vp-sales']);
  });

  it('fails the job, writing nothing, when no row of the file can be imported', async () => {
    const { jobId } = await dispatch('data.importCsv', { text: 'Name,Email\nBad Row,not-an-email\n', mapping: {}, fileName: 'bad.csv' });
    expect(await finished(jobId)).toMatchObject({ phase: 'failed', error: expect.stringMatching(/No row of the file can be imported/) });
    expect(await database().prospects.count()).toBe(0);
  });

  it('refuses a CSV with file errors before starting', async () => {
    await expect(dispatch('data.importCsv', { text: 'Colour,Size\nred,2\n', mapping: {} })).rejects.toThrow(/No column looks like a name/);
  });

  it('clears everything only with the typed word', async () => {
    await seedProspects(2);
    await expect(dispatch('data.clearAll', { confirm: 'delete' as 'DELETE' })).rejects.toThrow(/DELETE/);
    expect(await database().prospects.count()).toBe(2);
    await dispatch('data.clearAll', { confirm: 'DELETE' });
    expect(await database().prospects.count()).toBe(0);
  });
});

describe('tasks', () => {
  it('creates, completes, reopens and reschedules a follow-up', async () => {
    const [p] = await seedProspects(1);
    const due = Date.now() + 3_600_000;
    const { task } = await dispatch('tasks.create', { prospectId: p!.id, title: 'Send pricing', dueAt: due });
    expect((await prospectsRepo().get(p!.id))!.nextFollowUpAt).toBe(due);
    expect((await dispatch('tasks.setDone', { id: task.id, done: true })).task.done).toBe(true);
    expect((await prospectsRepo().get(p!.id))!.nextFollowUpAt).toBeUndefined();
    expect((await dispatch('tasks.setDone', { id: task.id, done: false })).task.done).toBe(false);
    const later = due + 86_400_000;
    expect((await dispatch('tasks.reschedule', { id: task.id, dueAt: later })).task.dueAt).toBe(later);
    await expect(dispatch('tasks.create', { prospectId: 'missing', title: 'x', dueAt: due })).rejects.toThrow(/no longer exists/);
  });
});

describe('data.importBackup re-runs segment matching and re-arms reminders', () => {
  it('stale segment ids in the file are replaced by what the restored segments match; reminders are re-armed once, after the write', async () => {
    const { dashboardHandlers } = await import('../../../src/background/dashboard-handlers');
    const { fakeProspect } = await import('../../support/dashboard/dashboard-harness');
    const order: string[] = [];
    const rearmReminders = async () => { order.push(`rearm:${await database().tasks.count()}`); };
    const handlers = dashboardHandlers({ reminders: { rearmAll: rearmReminders, sync: async () => {}, snooze: async () => {} } } as never) as unknown as Record<string, (r: unknown) => Promise<{ jobId: string }>>;
    const vp = fakeProspect(0, { segmentIds: ['gone-segment'] }); // a VP
    const ae = fakeProspect(1, { segmentIds: ['vp-sales'] }); // an account executive
    const text = JSON.stringify({
      format: 'segue-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', prospects: [vp, ae], segments: [VP_SEGMENT],
      calls: [], tasks: [{ id: 't1', prospectId: vp.id, title: 'Call back', dueAt: Date.now() + 3_600_000, done: false, createdAt: 1 }],
      activities: [], settings: [],
    });
    const { jobId } = await handlers['data.importBackup']!({ text, mode: 'replace' });
    expect((await finished(jobId)).phase).toBe('done');
    expect((await prospectsRepo().get(vp.id))!.segmentIds).toEqual(['vp-sales']);
    expect((await prospectsRepo().get(ae.id))!.segmentIds).toEqual([]);
    expect(order).toEqual(['rearm:1']);
  });
});

describe('segments.import', () => {
  it('writes a checked segment file in one go and matches every prospect again', async () => {
    await seedProspects(3); // p-00000 is a VP
    const result = await dispatch('segments.import', { segments: { format: 'segue-segments', version: 1, segments: [VP_SEGMENT] } });
    expect(result).toMatchObject({ ok: true, added: 1, changed: 0, rematched: 1 });
    expect(await segmentsRepo().get('vp-sales')).toMatchObject({ name: 'VPs of sales' });
    expect((await prospectsRepo().get('p-00000'))!.segmentIds).toEqual(['vp-sales']);
    const again = await dispatch('segments.import', { segments: [{ ...VP_SEGMENT, threshold: 90 }] });
    expect(again).toMatchObject({ ok: true, added: 0, changed: 1 });
  });

  it('refuses the whole file when one segment is invalid, saying which field, and writes nothing', async () => {
    const { rules: _r, ...noRules } = VP_SEGMENT;
    const result = await dispatch('segments.import', { segments: { segments: [VP_SEGMENT, { ...noRules, id: 'broken' }] } });
    expect(result).toEqual({ ok: false, issues: [{ path: 'segments[1].rules', message: expect.stringMatching(/required/i) }] });
    expect(await segmentsRepo().list()).toEqual([]);
  });
});

describe('an import interrupted by a stopped service worker', () => {
  const running: ImportProgress = { jobId: 'job-of-a-stopped-worker', kind: 'csv', phase: 'running', done: 2000, total: 10_000, created: 2000, merged: 0, unchanged: 0, skipped: 0, startedAt: 1 };

  it('is marked failed and interrupted when the worker starts again, so the page stops showing it as running', async () => {
    await browser.storage.session.set({ [IMPORT_PROGRESS_KEY]: running });
    await failInterruptedImport();
    const stored = (await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY] as ImportProgress;
    expect(stored).toMatchObject({ jobId: 'job-of-a-stopped-worker', kind: 'csv', phase: 'failed', interrupted: true });
    expect(stored.finishedAt).toBeGreaterThan(0);
  });

  it('leaves a job this worker is running, and a finished one, alone', async () => {
    const [p] = await seedProspects(1);
    const csv = `First Name,Last Name,Email\nAvery,Hartwell,avery@lumen.example\n${p!.firstName},${p!.lastName},${p!.emails[0]}\n`;
    const { jobId } = await dispatch('data.importCsv', { text: csv, mapping: { 'First Name': 'firstName', 'Last Name': 'lastName', Email: 'email' } });
    await failInterruptedImport();
    expect(await finished(jobId)).toMatchObject({ jobId, phase: 'done', created: 1 });
    const done = (await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY] as ImportProgress;
    await failInterruptedImport();
    expect((await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY]).toEqual(done);
  });
});
