import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toStored, type SegueDatabase } from '../../../src/db/database';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { makeDraft } from '../../support/db/drafts';
import { generateProspects } from '../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { CallsRepo } from '../../../src/db/calls-repo';
import { TasksRepo } from '../../../src/db/tasks-repo';

let db: SegueDatabase;
let now: number;
let repo: ProspectsRepo;
beforeEach(async () => {
  db = await freshDatabase();
  now = 1_700_000_000_000;
  repo = new ProspectsRepo(db, () => now);
});
afterEach(closeDatabases);

const ada = () => makeDraft({
  fullName: 'Ada Ashgrove', firstName: 'Ada', lastName: 'Ashgrove', title: 'VP of Sales', company: 'Northwind Labs',
  emails: ['ada@northwind.example'], profiles: { linkedin: 'https://www.linkedin.com/in/ada-ashgrove' },
}, { url: 'https://www.linkedin.com/in/ada-ashgrove/', capturedAt: 1_000 });

describe('saveDraft', () => {
  it('creates, then merges the same person found by another identity key, with timeline entries', async () => {
    const first = await repo.saveDraft(ada());
    expect(first.merged).toBe(false);
    expect(first.prospect.segmentIds).toEqual([]);
    expect(await repo.count()).toBe(1);

    now += 1000;
    const second = await repo.saveDraft(makeDraft(
      { fullName: 'Ada Ashgrove', company: 'Northwind Labs', phones: [{ number: '+14155550100', label: 'office' }], title: 'SVP Sales' },
      { url: 'https://northwind.example/team', site: 'team-page', capturedAt: 2_000 }, 'team-page',
    ), { decision: { kind: 'merge', id: first.prospect.id } });
    expect(second.merged).toBe(true);
    expect(second.prospect.id).toBe(first.prospect.id);
    expect(second.changes.map((c) => c.field).sort()).toEqual(['phones', 'title']);
    expect(second.prospect.title).toBe('SVP Sales');
    expect(second.prospect.sources).toHaveLength(2);
    expect(await repo.count()).toBe(1);

    const timeline = await new ActivitiesRepo(db).timeline(first.prospect.id);
    expect(timeline.map((a) => a.kind)).toEqual(['merge', 'capture']);
    expect(timeline[0]!.summary).toBe('Updated title and phones');
  });

  it('keeps two different people apart', async () => {
    await repo.saveDraft(ada());
    await repo.saveDraft(makeDraft({ fullName: 'Ada Ashgrove', company: 'Other Corp' }));
    expect(await repo.count()).toBe(2);
    // Same name and company but a different LinkedIn profile: a namesake, not the same person.
    const namesake = await repo.saveDraft(makeDraft({ fullName: 'Ada Ashgrove', company: 'Northwind Labs', profiles: { linkedin: 'https://www.linkedin.com/in/ada-ashgrove-2' } }));
    expect(namesake.merged).toBe(false);
    // Same name and company without a profile is only a likely match: the rep decides (see merge-review.test.ts);
    // without a decision it is saved as a new person, never merged silently.
    const same = await repo.saveDraft(makeDraft({ fullName: 'Ada Ashgrove', company: 'Northwind Labs', industry: 'Software' }));
    expect(same.merged).toBe(false);
    expect(await repo.count()).toBe(4);
  });

  it('stored rows carry derived index fields; get returns the record without them', async () => {
    const { prospect } = await repo.saveDraft(ada());
    const row = await db.prospects.get(prospect.id);
    expect(row!.identityKeys).toEqual(expect.arrayContaining(['email:ada@northwind.example']));
    // Search tokens live in prospectSearch alone (schema 11), not on the row.
    expect(row).not.toHaveProperty('searchTokens');
    expect((await db.prospectSearch.get(prospect.id))!.tokens).toEqual(expect.arrayContaining(['ada', 'ashgrove', 'northwind', 'labs', 'vp', 'sales', 'ada@northwind.example', 'northwind.example']));
    const got = await repo.get(prospect.id);
    expect(got).toEqual(prospect);
    expect(got).not.toHaveProperty('searchTokens');
  });

  it('writes nothing when the activity write fails (one transaction)', async () => {
    const spy = vi.spyOn(db.activities, 'add').mockImplementation((() => Promise.reject(new Error('disk on fire'))) as never);
    await expect(repo.saveDraft(ada())).rejects.toThrow('disk on fire');
    spy.mockRestore();
    expect(await repo.count()).toBe(0);
  });
});

describe('findByUrl: the person a page identifies, per site', () => {
  it('finds a profile page by any variant of its profile address', async () => {
    const { prospect } = await repo.saveDraft(ada());
    expect((await repo.findByUrl('https://de.linkedin.com/in/Ada-Ashgrove?trk=abc'))?.id).toBe(prospect.id);
    expect((await repo.findByUrl('https://www.linkedin.com/in/ada-ashgrove/overlay/contact-info/'))?.id).toBe(prospect.id);
    expect(await repo.findByUrl('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(await repo.findByUrl('https://example.org/nobody')).toBeUndefined();
    expect(await repo.findByUrl('')).toBeUndefined();
  });

  it('finds a single-person page by its address, but not another site that only shares the last part of the host', async () => {
    const speaker = await repo.saveDraft(makeDraft({ fullName: 'Bram Calloway', company: 'Driftwood' }, { url: 'https://de.driftwood.example/about/', site: 'web', onlyPersonOnPage: true }));
    expect((await repo.findByUrl('https://de.driftwood.example/about'))?.id).toBe(speaker.prospect.id);
    expect(await repo.findByUrl('https://driftwood.example/about')).toBeUndefined();
    expect(await repo.findByUrl('https://fr.driftwood.example/about')).toBeUndefined();
  });

  it('never matches a page that holds several people (a team page)', async () => {
    await repo.saveDraft(makeDraft({ fullName: 'Cleo Marsh', company: 'Northwind' }, { url: 'https://northwind.example/team', site: 'web' }));
    expect(await repo.findByUrl('https://northwind.example/team')).toBeUndefined();
  });

  it('on Gmail, matches the open message\'s sender only: not the inbox, not another message', async () => {
    const gmail = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp';
    const { prospect } = await repo.saveDraft(makeDraft(
      { fullName: 'Dara Quill', company: 'Lakeside', emails: ['dara@lakeside.example'] },
      { url: gmail, site: 'gmail' }, 'gmail',
    ));
    expect(await repo.findByUrl('https://mail.google.com/mail/u/0/#inbox')).toBeUndefined();
    expect(await repo.findByUrl('https://mail.google.com/mail/u/0/#inbox/QgrcJHsNnLzBqwDfPmXvkTfRwbWcLkRq')).toBeUndefined();
    expect(await repo.findByUrl('https://mail.google.com/mail/u/0/#inbox/QgrcJHsNnLzBqwDfPmXvkTfRwbWcLkRq', { sender: 'someone.else@acme.example' })).toBeUndefined();
    expect((await repo.findByUrl(gmail, { sender: 'Dara@Lakeside.example' }))?.id).toBe(prospect.id);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await db.prospects.bulkPut(generateProspects(300, 3).map((p) => toStored({ ...p, segmentIds: [] })));
    await repo.saveDraft(makeDraft({ fullName: 'Ada Quillfeather', company: 'Wrenfield Labs', title: 'VP of Sales', emails: ['ada@wrenfield.example'] }));
    await repo.saveDraft(makeDraft({ fullName: 'Adam Pemberly', company: 'Ashford Foods', title: 'Buyer', emails: ['adam@ashford.example'] }));
  });

  it('matches word prefixes across name, company, title and email', async () => {
    const names = async (q: string) => (await repo.search(q)).map((p) => p.fullName);
    expect(await names('quill')).toEqual(['Ada Quillfeather']);
    expect(await names('wrenf lab')).toEqual(['Ada Quillfeather']);
    expect(await names('ada@wren')).toEqual(['Ada Quillfeather']);
    expect(await names('ashford.example')).toEqual(['Adam Pemberly']);
    expect(await names('ADA  ash')).toEqual(['Adam Pemberly']);
    expect((await names('ada')).sort()).toEqual(['Ada Quillfeather', 'Adam Pemberly']);
    expect(await names('buyer adam')).toEqual(['Adam Pemberly']);
    expect(await names('quillfeather vp sales')).toEqual(['Ada Quillfeather']);
    expect(await names('zzzz')).toEqual([]);
    expect(await names('   ')).toEqual([]);
  });

  it('finds a rare combination of common words, and pages multi-word results without duplicates', async () => {
    const many = Array.from({ length: 400 }, (_, i) => makeDraft({ fullName: `Hana Tester${i}`, company: `Firm ${i}`, emails: [`hana${i}@firm${i}.example`] }));
    for (const draft of many) await repo.saveDraft(draft);
    await repo.saveDraft(makeDraft({ fullName: 'Hana Marchetti', company: 'Kestrel Robotics', emails: ['hana@kestrel.example'] }));
    const hanaM = (await repo.search('hana m')).map((p) => p.fullName);
    expect(hanaM).toContain('Hana Marchetti');
    expect(hanaM.filter((name) => name.startsWith('Hana Tester'))).toEqual([]);
    const kestrelHana = await repo.search('kestrel hana');
    expect(kestrelHana.map((p) => p.fullName)).toContain('Hana Marchetti');
    expect(kestrelHana.every((p) => /kestrel/i.test(`${p.fullName} ${p.company} ${p.title} ${p.emails.join(' ')}`))).toBe(true);
    const first = await repo.search('hana tester', { limit: 7 });
    const second = await repo.search('hana tester', { limit: 7, offset: 7 });
    expect(first).toHaveLength(7);
    expect(second).toHaveLength(7);
    expect(new Set([...first, ...second].map((p) => p.id)).size).toBe(14);
  });

  it('respects limit and offset without duplicates', async () => {
    const all = await repo.search('vp', { limit: 500 });
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const page1 = await repo.search('vp', { limit: 5 });
    const page2 = await repo.search('vp', { limit: 5, offset: 5 });
    expect(page1).toHaveLength(5);
    expect(page2.map((p) => p.id)).toEqual(all.slice(5, 10).map((p) => p.id));
  });
});

describe('search at scale', () => {
  it('answers a prefix query over 10,000 rows with a limit (time printed, not asserted)', async () => {
    const rows = generateProspects(10_000, 11).map((p) => toStored({ ...p, segmentIds: [] }));
    await db.prospects.bulkPut(rows);
    const t0 = performance.now();
    const hits = await repo.search('kest', { limit: 20 });
    const ms = performance.now() - t0;
    expect(hits).toHaveLength(20);
    for (const hit of hits) expect(hit.company!.toLowerCase()).toContain('kestrel');
    console.info(`search 'kest' limit 20 over 10,000 rows: ${ms.toFixed(1)} ms`);
  }, 180_000);
});

describe('list', () => {
  beforeEach(async () => {
    const rows = generateProspects(120, 5).map((p, i) => toStored({ ...p, segmentIds: i % 3 === 0 ? ['seg-a'] : [] }));
    await db.prospects.bulkPut(rows);
  });

  it('pages newest first with the total', async () => {
    const page = await repo.list({ limit: 10 });
    expect(page.total).toBe(120);
    expect(page.items).toHaveLength(10);
    const times = page.items.map((p) => p.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const next = await repo.list({ limit: 10, offset: 10 });
    expect(next.items[0]!.updatedAt).toBeLessThanOrEqual(times[9]!);
  });

  it('filters by stage (compound index), seniority and segment, and sorts by name', async () => {
    const all = await db.prospects.toArray();
    const qualified = await repo.list({ stage: 'qualified', limit: 500 });
    expect(qualified.total).toBe(all.filter((p) => p.stage === 'qualified').length);
    expect(qualified.items.every((p) => p.stage === 'qualified')).toBe(true);
    const times = qualified.items.map((p) => p.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const vps = await repo.list({ seniority: 'vp', stage: 'new', sortBy: 'name', limit: 500 });
    expect(vps.total).toBe(all.filter((p) => p.seniority === 'vp' && p.stage === 'new').length);
    const names = vps.items.map((p) => p.fullName.toLowerCase());
    expect(names).toEqual([...names].sort());

    const seg = await repo.list({ segmentId: 'seg-a', sortBy: 'company', limit: 15 });
    expect(seg.total).toBe(40);
    expect(seg.items).toHaveLength(15);
    expect(seg.items.every((p) => p.segmentIds.includes('seg-a'))).toBe(true);
    const companies = seg.items.map((p) => p.company!.toLowerCase().replace(/[^a-z0-9 ]/g, ''));
    expect(companies).toEqual([...companies].sort());
    const segDesc = await repo.list({ segmentId: 'seg-a', limit: 40, direction: 'desc' });
    const segTimes = segDesc.items.map((p) => p.updatedAt);
    expect(segTimes).toEqual([...segTimes].sort((a, b) => b - a));
  });

  it('recent returns the latest updated', async () => {
    const recent = await repo.recent(3);
    const newest = (await db.prospects.toArray()).map((p) => p.updatedAt).sort((a, b) => b - a).slice(0, 3);
    expect(recent.map((p) => p.updatedAt)).toEqual(newest);
  });
});

describe('updates, bulk edits and undo', () => {
  it('changes stage with a timeline entry, and a manual edit is protected from later captures', async () => {
    const { prospect } = await repo.saveDraft(ada());
    now += 10;
    const updated = await repo.updateStage(prospect.id, 'contacted');
    expect(updated.stage).toBe('contacted');
    const timeline = await new ActivitiesRepo(db).timeline(prospect.id);
    expect(timeline[0]).toMatchObject({ kind: 'stage_change', data: { from: 'new', to: 'contacted' } });
    await expect(repo.updateStage('missing', 'won')).rejects.toThrow('No prospect with id missing.');

    await repo.update(prospect.id, { title: 'Chief Revenue Officer' });
    const again = await repo.saveDraft(makeDraft({ ...ada().fields, title: 'VP of Sales' }, { capturedAt: 9_999_999_999_999 }));
    expect(again.prospect.title).toBe('Chief Revenue Officer');
    expect(again.prospect.stage).toBe('contacted');
  });

  it('puts an edit on the timeline with each changed field\'s old and new value', async () => {
    const { prospect } = await repo.saveDraft(ada());
    now += 10;
    await repo.update(prospect.id, { title: 'Chief Revenue Officer', company: 'Northwind Labs', tags: ['hot'] });
    const [entry] = await new ActivitiesRepo(db).timeline(prospect.id);
    expect(entry).toMatchObject({
      kind: 'updated', at: now, summary: 'Updated title and tags',
      data: { changes: [{ field: 'title', before: 'VP of Sales', after: 'Chief Revenue Officer' }, { field: 'tags', before: [], after: ['hot'] }] },
    });
    // An edit that changes nothing adds no entry.
    now += 10;
    await repo.update(prospect.id, { title: 'Chief Revenue Officer' });
    expect((await new ActivitiesRepo(db).timeline(prospect.id)).filter((a) => a.kind === 'updated')).toHaveLength(1);
  });

  it('bulk updates tags and stage, and undo restores the previous rows', async () => {
    const a = (await repo.saveDraft(ada())).prospect;
    const b = (await repo.saveDraft(makeDraft({ fullName: 'Bram Calloway', company: 'Driftwood', tags: ['cold'] }))).prospect;
    const before = await db.prospects.bulkGet([a.id, b.id]);
    const { updated, undo } = await repo.bulkUpdate([a.id, b.id, 'missing'], { stage: 'qualified', addTags: ['Q3'], removeTags: ['COLD'] });
    expect(updated).toBe(2);
    expect((await repo.get(a.id))!.tags).toEqual(['Q3']);
    expect((await repo.get(b.id))!.tags).toEqual(['Q3']);
    expect((await repo.get(b.id))!.stage).toBe('qualified');
    await repo.restore(undo);
    expect(await db.prospects.bulkGet([a.id, b.id])).toEqual(before);
    expect((await new ActivitiesRepo(db).timeline(a.id)).map((x) => x.kind)).toEqual(['capture']);
  });

  it('bulk delete removes calls, tasks and timeline, and undo brings everything back', async () => {
    const a = (await repo.saveDraft(ada())).prospect;
    const keep = (await repo.saveDraft(makeDraft({ fullName: 'Bram Calloway', company: 'Driftwood' }))).prospect;
    await new CallsRepo(db, () => now).log({ prospectId: a.id, outcome: 'connected', startedAt: now, durationSec: 60, followUpAt: now + 86_400_000, nextStep: 'Send deck' });
    await new TasksRepo(db, () => now).create({ prospectId: keep.id, title: 'Intro', dueAt: now });
    const snapshot = async () => ({
      prospects: await db.prospects.toArray(), calls: await db.calls.toArray(), tasks: await db.tasks.toArray(), activities: await db.activities.toArray(),
    });
    const before = await snapshot();

    const { deleted, undo } = await repo.bulkDelete([a.id]);
    expect(deleted.map((p) => p.id)).toEqual([a.id]);
    expect(await db.prospects.count()).toBe(1);
    expect(await db.calls.count()).toBe(0);
    expect(await db.tasks.where('prospectId').equals(a.id).count()).toBe(0);
    expect(await db.tasks.where('prospectId').equals(keep.id).count()).toBe(1);
    expect(await db.activities.where('prospectId').equals(a.id).count()).toBe(0);

    await repo.restore(undo);
    const after = await snapshot();
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(after.prospects)).toEqual(byId(before.prospects));
    expect(byId(after.calls)).toEqual(byId(before.calls));
    expect(byId(after.tasks)).toEqual(byId(before.tasks));
    expect(byId(after.activities)).toEqual(byId(before.activities));
  });

  it('setSegmentIds updates the segment index without touching updatedAt', async () => {
    const { prospect } = await repo.saveDraft(ada());
    now += 5000;
    await repo.setSegmentIds(prospect.id, ['seg-b', 'seg-b', 'seg-c']);
    const got = await repo.get(prospect.id);
    expect(got!.segmentIds).toEqual(['seg-b', 'seg-c']);
    expect(got!.updatedAt).toBe(prospect.updatedAt);
    expect((await repo.list({ segmentId: 'seg-c' })).items.map((p) => p.id)).toEqual([prospect.id]);
  });
});
