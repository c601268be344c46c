import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegueDatabase } from '../../../src/db/database';
import { ActivitiesRepo } from '../../../src/db/activities-repo';
import { CallsRepo } from '../../../src/db/calls-repo';
import { HandoffsRepo, packOf } from '../../../src/db/handoffs-repo';
import { NotesRepo } from '../../../src/db/notes-repo';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { SettingsRepo } from '../../../src/db/settings-repo';
import { parseHandoffFile, type TeamMember } from '../../../src/domain/handoff';
import { starterSegments } from '../../../src/domain/segments/starter-segments';
import { makeDraft } from '../../support/db/drafts';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

const MIA: TeamMember = { id: 'm', name: 'Mia Marketing', email: 'mia@example.com', role: 'marketing' };
const SAM: TeamMember = { id: 's', name: 'Sam Rivera', email: 'sam@example.com', role: 'rep' };
const segment = starterSegments()[0]!;

let now: number;
const clock = () => now;
let marketing: SegueDatabase;
let rep: SegueDatabase;
beforeEach(async () => {
  now = 1_760_000_000_000;
  marketing = await freshDatabase();
  rep = await freshDatabase();
  await new SettingsRepo(marketing).set('team', [{ ...MIA, isMe: true }, SAM]);
  await new SettingsRepo(rep).set('team', [MIA, { ...SAM, isMe: true }]);
  await marketing.segments.put(segment);
});
afterEach(closeDatabases);

async function prospect(db: SegueDatabase) {
  return (await new ProspectsRepo(db, clock).saveDraft(makeDraft({ fullName: 'Dana Lee', company: 'Northwind' }))).prospect;
}

async function kinds(db: SegueDatabase, id: string) {
  return (await new ActivitiesRepo(db).timeline(id)).map((e) => e.summary);
}

describe('HandoffsRepo', () => {
  it('hands a prospect to a rep: stage handed_to_sales, both steps on the timeline', async () => {
    const { id } = await prospect(marketing);
    now += 1000;
    const handoff = await new HandoffsRepo(marketing, clock).offer({
      prospectId: id, owner: { name: SAM.name, email: SAM.email! }, note: 'Booked a demo with us', segmentId: segment.id,
      talkingPointIds: [segment.talkingPoints[0]!.id, 'not-a-point'],
    });
    expect(handoff).toMatchObject({ state: 'offered', from: { name: 'Mia Marketing' }, talkingPointIds: [segment.talkingPoints[0]!.id] });
    expect((await new ProspectsRepo(marketing).get(id))!.stage).toBe('handed_to_sales');
    expect(await kinds(marketing, id)).toEqual(expect.arrayContaining(['Handed to Sam Rivera by Mia Marketing', 'Stage: new → handed_to_sales']));
  });

  it('refuses a second open hand-off of the same prospect', async () => {
    const { id } = await prospect(marketing);
    const repo = new HandoffsRepo(marketing, clock);
    await repo.offer({ prospectId: id, owner: SAM, note: '' });
    await expect(repo.offer({ prospectId: id, owner: SAM, note: '' })).rejects.toThrow('already handed to Sam Rivera');
  });

  it('carries the hand-off to the rep in a file, and the rep\'s return back to marketing', async () => {
    const { id } = await prospect(marketing);
    await new NotesRepo(marketing, clock).add(id, 'Met at the fair');
    const sent = new HandoffsRepo(marketing, clock);
    const offered = await sent.offer({ prospectId: id, owner: SAM, note: 'Hot lead', segmentId: segment.id });

    // Marketing exports Sam's hand-offs; the file is checked as the rep's import will.
    const file = parseHandoffFile(JSON.stringify(await sent.exportFor(SAM)));
    if (!file.ok) throw new Error(JSON.stringify(file.issues));
    const received = new HandoffsRepo(rep, clock);
    expect(await received.preview(file.file)).toMatchObject({ add: [{ id: offered.id }], newProspects: [{ id }], newSegments: [{ id: segment.id }] });
    now += 60_000;
    expect(await received.importFile(file.file)).toMatchObject({ added: 1, updated: 0, prospects: 1, segments: 1 });
    expect((await received.offeredToMe()).map((h) => h.id)).toEqual([offered.id]);
    expect((await new ProspectsRepo(rep).get(id))!.stage).toBe('handed_to_sales');
    expect(await kinds(rep, id)).toEqual(expect.arrayContaining(['Met at the fair', 'Handed to Sam Rivera by Mia Marketing']));
    // Importing the same file again changes nothing.
    expect(await received.importFile(file.file)).toMatchObject({ added: 0, updated: 0, prospects: 0 });

    // Only the owner answers: marketing cannot accept for Sam.
    await expect(sent.accept(offered.id)).rejects.toThrow('Only Sam Rivera can accept');
    now += 60_000;
    await received.accept(offered.id);
    await new CallsRepo(rep, clock).log({ prospectId: id, outcome: 'meeting_booked', startedAt: now });
    now += 60_000;
    const back = await received.giveBack(offered.id, 'no_budget', 'Frozen until April');
    expect(back).toMatchObject({ state: 'returned', returnReason: 'no_budget' });
    expect(await received.offeredToMe()).toEqual([]);
    expect((await new ProspectsRepo(rep).get(id))!.stage).toBe('qualified');

    const answer = parseHandoffFile(JSON.stringify(await received.exportFor(SAM)));
    if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
    expect(answer.file.calls?.map((c) => c.outcome)).toEqual(['meeting_booked']);
    expect(await sent.importFile(answer.file)).toMatchObject({ added: 0, updated: 1, prospects: 0 });
    expect(await sent.get(offered.id)).toMatchObject({ state: 'returned', returnReason: 'no_budget', returnNote: 'Frozen until April' });
    expect((await new ProspectsRepo(marketing).get(id))!.stage).toBe('qualified');
    expect(await kinds(marketing, id)).toEqual(expect.arrayContaining(['Sam Rivera accepted the hand-off', 'Sam Rivera returned the hand-off: No budget']));
    expect(await marketing.calls.count()).toBe(1);
  });

  it('needs a reason to return, and "this is me" to answer at all', async () => {
    const { id } = await prospect(marketing);
    await new SettingsRepo(marketing).set('team', [MIA, SAM]);
    const repo = new HandoffsRepo(marketing, clock);
    const h = await repo.offer({ prospectId: id, owner: SAM, note: '' });
    expect(h.from.name).toBe('Marketing');
    await expect(repo.accept(h.id)).rejects.toThrow('This is me');
    await new SettingsRepo(marketing).set('team', [MIA, { ...SAM, isMe: true }]);
    await expect(repo.giveBack(h.id, '', '')).rejects.toThrow('Pick why');
    expect((await repo.get(h.id))!.state).toBe('offered');
  });

  it('reads the pack of a segment that has one', () => {
    expect(packOf(segment)).toEqual({});
    expect(packOf({ ...segment, pack: { id: 'emea', version: '2.1.0' } } as never)).toEqual({ packId: 'emea', packVersion: '2.1.0' });
    expect(packOf({ ...segment, packId: 'emea', packVersion: 3 } as never)).toEqual({ packId: 'emea', packVersion: '3' });
  });
});

describe('stage rules when a call is logged', () => {
  it('moves new to contacted on the first call and to qualified on a meeting booked', async () => {
    const { id } = await prospect(marketing);
    const calls = new CallsRepo(marketing, clock);
    await calls.log({ prospectId: id, outcome: 'no_answer', startedAt: now });
    expect((await new ProspectsRepo(marketing).get(id))!.stage).toBe('contacted');
    await calls.log({ prospectId: id, outcome: 'meeting_booked', startedAt: now + 1 });
    expect((await new ProspectsRepo(marketing).get(id))!.stage).toBe('qualified');
    expect(await kinds(marketing, id)).toEqual(expect.arrayContaining(['Stage new → contacted (first call logged)', 'Stage contacted → qualified (meeting booked)']));
  });

  it('leaves the stage alone when the rules are turned off', async () => {
    const { id } = await prospect(marketing);
    await new SettingsRepo(marketing).set('stageRules', { meeting_booked_qualifies: false, first_call_contacts: false });
    await new CallsRepo(marketing, clock).log({ prospectId: id, outcome: 'meeting_booked', startedAt: now });
    expect((await new ProspectsRepo(marketing).get(id))!.stage).toBe('new');
  });
});
