// Merges a rep can see and undo: weak evidence asks first, the timeline keeps old and new values, undo restores.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegueDatabase } from '../../../src/db/database';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
let now: number;
let repo: ProspectsRepo;
beforeEach(async () => {
  db = await freshDatabase();
  now = 1_700_000_000_000;
  repo = new ProspectsRepo(db, () => now);
});
afterEach(closeDatabases);

const jane = () => makeDraft({ fullName: 'Jane Doe', company: 'Acme', title: 'CTO', emails: ['jane@acme.example'] }, { url: 'https://acme.example/team', site: 'team-page', capturedAt: 1_000 });
const otherJane = () => makeDraft({ fullName: 'Jane Doe', company: 'Acme', title: 'VP Sales', phones: [{ number: '+14155550100' }] }, { url: 'https://events.example/jane', site: 'web', capturedAt: 2_000 });

describe('a merge on weaker evidence than an email or profile asks first', () => {
  it('same name and company: nothing is written until the rep decides', async () => {
    const first = await repo.saveDraft(jane());
    const asked = await repo.saveOrAsk(otherJane());
    expect(asked).toEqual({ confirm: { id: first.prospect.id, fullName: 'Jane Doe', company: 'Acme', title: 'CTO', evidence: 'name' } });
    expect(await repo.count()).toBe(1);
    expect((await repo.get(first.prospect.id))!.title).toBe('CTO');
    expect((await new ActivitiesRepo(db).timeline(first.prospect.id)).map((a) => a.kind)).toEqual(['capture']);
  });

  it('"Save as new" keeps two people; "Merge" merges into the one shown', async () => {
    const first = await repo.saveDraft(jane());
    const separate = await repo.saveOrAsk(otherJane(), { decision: { kind: 'new' } });
    expect(separate).toMatchObject({ merged: false });
    expect(await repo.count()).toBe(2);
    await db.prospects.delete((separate as { prospect: { id: string } }).prospect.id);
    const merged = await repo.saveOrAsk(otherJane(), { decision: { kind: 'merge', id: first.prospect.id } });
    expect(merged).toMatchObject({ merged: true, prospect: { id: first.prospect.id, title: 'VP Sales' } });
  });

  it('an email or profile match merges without asking; a shared sales@ address is no match at all', async () => {
    const first = await repo.saveDraft(jane());
    const byEmail = await repo.saveOrAsk(makeDraft({ fullName: 'J. Doe', emails: ['JANE@acme.example'] }, { capturedAt: 3_000 }));
    expect(byEmail).toMatchObject({ merged: true, prospect: { id: first.prospect.id } });
    await repo.saveDraft(makeDraft({ fullName: 'Sam Roe', company: 'Acme', emails: ['sales@acme.example'] }));
    const another = await repo.saveOrAsk(makeDraft({ fullName: 'Kim Poe', company: 'Acme', emails: ['sales@acme.example'] }));
    expect(another).toMatchObject({ merged: false });
    expect(await repo.count()).toBe(3);
  });
});

describe('the timeline keeps each changed field\'s old and new value, and a merge can be undone', () => {
  it('records before and after per field', async () => {
    const first = await repo.saveDraft(jane());
    now += 1000;
    await repo.saveDraft(otherJane(), { decision: { kind: 'merge', id: first.prospect.id } });
    const [merge] = await new ActivitiesRepo(db).timeline(first.prospect.id);
    expect(merge!.kind).toBe('merge');
    expect(merge!.data!.changes).toEqual(expect.arrayContaining([
      { field: 'title', before: 'CTO', after: 'VP Sales' },
      { field: 'phones', before: [], after: [{ number: '+14155550100' }] },
    ]));
  });

  it('undo restores the prior record, records it on the timeline, and cannot run twice', async () => {
    const first = await repo.saveDraft(jane());
    const before = await repo.get(first.prospect.id);
    now += 1000;
    await repo.saveDraft(otherJane(), { decision: { kind: 'merge', id: first.prospect.id } });
    const [merge] = await new ActivitiesRepo(db).timeline(first.prospect.id);
    now += 1000;
    const undone = await repo.undoMerge(merge!.id);
    expect(undone.reverted.sort()).toEqual(['phones', 'title']);
    expect(undone.kept).toEqual([]);
    const after = (await repo.get(first.prospect.id))!;
    expect({ ...after, updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
    const timeline = await new ActivitiesRepo(db).timeline(first.prospect.id);
    expect(timeline.map((a) => a.kind)).toEqual(['merge_undone', 'merge', 'capture']);
    expect(timeline[0]!.summary).toBe('Undid the merge: title and phones are back as they were');
    expect(timeline[1]!.data!.undoneAt).toBe(now);
    await expect(repo.undoMerge(merge!.id)).rejects.toThrow(/already undone/);
  });

  it('a field the rep changed after the merge is kept, and the undo says so', async () => {
    const first = await repo.saveDraft(jane());
    now += 1000;
    await repo.saveDraft(otherJane(), { decision: { kind: 'merge', id: first.prospect.id } });
    const [merge] = await new ActivitiesRepo(db).timeline(first.prospect.id);
    await repo.update(first.prospect.id, { title: 'Chief Revenue Officer' });
    now += 1000;
    const undone = await repo.undoMerge(merge!.id);
    expect(undone).toMatchObject({ reverted: ['phones'], kept: ['title'] });
    expect((await repo.get(first.prospect.id))!).toMatchObject({ title: 'Chief Revenue Officer', phones: [] });
    const [undoEntry] = await new ActivitiesRepo(db).timeline(first.prospect.id);
    expect(undoEntry!.summary).toBe('Undid the merge: phones are back as they were; title was changed since and is kept');
  });
});

describe('an import that merges into a stored prospect is on the timeline with old and new values, and can be undone', () => {
  it('keeps before/after per field and undo restores the record', async () => {
    const { runImport } = await import('../../../src/db/import/run-import');
    const { previewImport } = await import('../../../src/db/import/preview');
    const first = await repo.saveDraft(jane());
    const before = await repo.get(first.prospect.id);
    const preview = previewImport('First Name,Last Name,Email,Job Title\r\nJane,Doe,jane@acme.example,Chief Technology Officer\r\n');
    expect(await runImport(db, preview.rows, { fileName: 'crm.csv', now: now + 1000 })).toMatchObject({ merged: 1 });
    const [entry] = await new ActivitiesRepo(db).timeline(first.prospect.id);
    expect(entry!.kind).toBe('import');
    expect(entry!.data!.changes).toEqual(expect.arrayContaining([{ field: 'title', before: 'CTO', after: 'Chief Technology Officer' }]));
    now += 5000;
    await repo.undoMerge(entry!.id);
    const after = (await repo.get(first.prospect.id))!;
    expect({ ...after, updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
  });
});
