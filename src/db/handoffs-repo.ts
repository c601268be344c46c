// Hand-offs from marketing to a rep (domain/handoff): offer, accept, return, and the hand-off file both ways. Every
// step writes its timeline entry and moves the prospect's stage in the same transaction.
import Dexie from 'dexie';
import type { Activity } from '../domain/activity';
import { callSummary, type Call } from '../domain/calls';
import {
  acceptHandoff, currentHandoff, handoffFile, handoffSummary, HandoffError, isOpen, mergeHandoffs, offerHandoff, previewHandoffImport,
  returnHandoff, returnReasonLabel, samePerson, type Handoff, type HandoffFile, type HandoffFileNote, type HandoffImportPreview, type PersonRef,
} from '../domain/handoff';
import { isNote, noteSummary, noteText } from '../domain/notes';
import type { Stage } from '../domain/prospect';
import type { Segment } from '../domain/segments/segment-schema';
import { fromStored, newId, toStored, type ProspectRecord, type SegueDatabase } from './database';
import { NotesRepo } from './notes-repo';
import { activity } from './prospects-repo';
import { SettingsRepo } from './settings-repo';

/** A returned prospect goes back to marketing as qualified: it was good enough to hand over once. */
export const STAGE_AFTER_RETURN: Stage = 'qualified';

export interface OfferRequest {
  prospectId: string;
  owner: PersonRef;
  note: string;
  segmentId?: string;
  talkingPointIds?: string[];
}

export interface HandoffImportSummary {
  added: number;
  updated: number;
  prospects: number;
  segments: number;
}

/**
 * The pack a segment came from, when the segment carries one (`pack: {id, version}` or `packId`/`packVersion`);
 * local segments have none.
 */
export function packOf(segment: Segment | undefined): { packId?: string; packVersion?: string } {
  const loose = segment as (Segment & { pack?: { id?: unknown; version?: unknown }; packId?: unknown; packVersion?: unknown }) | undefined;
  const id = loose?.pack?.id ?? loose?.packId;
  const version = loose?.pack?.version ?? loose?.packVersion;
  return {
    ...(typeof id === 'string' && id ? { packId: id } : {}),
    ...(typeof version === 'string' || typeof version === 'number' ? { packVersion: String(version) } : {}),
  };
}

export class HandoffsRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  private async me(): Promise<PersonRef | undefined> {
    const member = (await new SettingsRepo(this.db).get('team')).find((m) => m.isMe);
    return member ? { name: member.name, ...(member.email ? { email: member.email } : {}) } : undefined;
  }

  async get(id: string): Promise<Handoff | undefined> {
    return this.db.handoffs.get(id);
  }

  /** Every hand-off of a prospect, newest first. */
  async forProspect(prospectId: string): Promise<Handoff[]> {
    const rows = await this.db.handoffs.where('prospectId').equals(prospectId).toArray();
    return rows.sort((a, b) => b.createdAt - a.createdAt);
  }

  async all(): Promise<Handoff[]> {
    return this.db.handoffs.toArray();
  }

  /** Hand-offs waiting for `person` to accept or return, oldest first. */
  async offeredTo(person: PersonRef | undefined): Promise<Handoff[]> {
    if (!person) return [];
    const rows = await this.db.handoffs.where('state').equals('offered').toArray();
    return rows.filter((h) => samePerson(h.owner, person)).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Hand-offs offered to the person marked "this is me" in Settings → Team. */
  async offeredToMe(): Promise<Handoff[]> {
    return this.offeredTo(await this.me());
  }

  async offer(request: OfferRequest): Promise<Handoff> {
    const now = this.clock();
    const { prospects, handoffs, activities, segments, settings } = this.db;
    return this.db.transaction('rw', [prospects, handoffs, activities, segments, settings], async () => {
      const row = await prospects.get(request.prospectId);
      if (!row) throw new HandoffError('That prospect no longer exists.');
      const open = (await this.forProspect(request.prospectId)).find(isOpen);
      if (open) throw new HandoffError(`This prospect is already handed to ${open.owner.name}.`);
      const from = (await this.me()) ?? { name: 'Marketing' };
      const segment = request.segmentId ? await segments.get(request.segmentId) : undefined;
      if (request.segmentId && !segment) throw new HandoffError('That segment no longer exists.');
      const known = new Set(segment?.talkingPoints.map((p) => p.id));
      const handoff = offerHandoff({
        id: newId(), prospectId: request.prospectId, from, owner: request.owner, note: request.note,
        ...(request.segmentId ? { segmentId: request.segmentId } : {}),
        talkingPointIds: (request.talkingPointIds ?? []).filter((id) => known.has(id)),
        ...packOf(segment), now,
      });
      await handoffs.add(handoff);
      await activities.add(activity(handoff.prospectId, now, 'handoff', handoffSummary(handoff, 'offered'), { handoffId: handoff.id, step: 'offered', note: handoff.note }));
      await this.moveStage(fromStored(row), 'handed_to_sales', now);
      return handoff;
    });
  }

  async accept(id: string): Promise<Handoff> {
    const now = this.clock();
    return this.db.transaction('rw', [this.db.handoffs, this.db.activities, this.db.settings], async () => {
      const accepted = acceptHandoff(await this.require(id), await this.me(), now);
      await this.db.handoffs.put(accepted);
      await this.db.activities.add(activity(accepted.prospectId, now, 'handoff', handoffSummary(accepted, 'accepted'), { handoffId: id, step: 'accepted' }));
      return accepted;
    });
  }

  async giveBack(id: string, reason: string, note: string): Promise<Handoff> {
    const now = this.clock();
    const { handoffs, activities, settings, prospects } = this.db;
    return this.db.transaction('rw', [handoffs, activities, settings, prospects], async () => {
      const returned = returnHandoff(await this.require(id), await this.me(), reason, note, now);
      await handoffs.put(returned);
      await activities.add(await this.returnEntry(returned, now));
      const row = await prospects.get(returned.prospectId);
      if (row && row.stage === 'handed_to_sales') await this.moveStage(fromStored(row), STAGE_AFTER_RETURN, now);
      return returned;
    });
  }

  /**
   * The hand-off file for one owner: their hand-offs (every state, so the same file carries offers one way and
   * answers the other), the prospects with their notes and calls (the rep sees the meeting marketing booked; marketing
   * sees the rep's calls in its insights), and the segments named.
   */
  async exportFor(owner: PersonRef): Promise<HandoffFile> {
    const now = this.clock();
    const mine = (await this.all()).filter((h) => samePerson(h.owner, owner)).sort((a, b) => a.createdAt - b.createdAt);
    const prospectIds = [...new Set(mine.map((h) => h.prospectId))];
    const prospects = (await this.db.prospects.bulkGet(prospectIds)).filter((p) => p !== undefined).map((p) => {
      const { segmentIds: _s, noteTokens: _n, nextFollowUpAt: _f, ...record } = fromStored(p);
      return record;
    });
    const notes: HandoffFileNote[] = [];
    const calls: Call[] = [];
    for (const prospectId of prospectIds) {
      const entries = await this.db.activities.where('[prospectId+at]').between([prospectId, Dexie.minKey], [prospectId, Dexie.maxKey]).reverse().toArray();
      for (const entry of entries.filter(isNote)) notes.push({ id: entry.id, prospectId, at: entry.at, text: noteText(entry) });
      calls.push(...(await this.db.calls.where('prospectId').equals(prospectId).toArray()));
    }
    const segmentIds = [...new Set(mine.map((h) => h.segmentId).filter((id): id is string => Boolean(id)))];
    const segments = (await this.db.segments.bulkGet(segmentIds)).filter((s): s is Segment => s !== undefined);
    const exportedBy = await this.me();
    return handoffFile({ ...(exportedBy ? { exportedBy } : {}), owner, handoffs: mine, prospects, notes, segments, calls }, now);
  }

  async preview(file: HandoffFile): Promise<HandoffImportPreview> {
    const ids = file.handoffs.map((h) => h.id);
    const local = (await this.db.handoffs.bulkGet(ids)).filter((h): h is Handoff => h !== undefined);
    const prospectIds = new Set((await this.db.prospects.bulkGet(file.prospects.map((p) => p.id))).filter(Boolean).map((p) => p!.id));
    const segmentIds = new Set((await this.db.segments.bulkGet(file.segments.map((s) => s.id))).filter(Boolean).map((s) => s!.id));
    return previewHandoffImport(file, { handoffs: local, prospectIds, segmentIds });
  }

  /**
   * Imports a checked hand-off file: new prospects, notes, segments and calls are added (what is here already is
   * kept); each hand-off is merged with the copy here (the one further along wins), and each step newly learnt
   * goes on the timeline with its stage move. The prospect's outcome (won, lost) comes along from the rep's file.
   */
  async importFile(file: HandoffFile): Promise<HandoffImportSummary & { prospectIds: string[] }> {
    const { prospects, handoffs, activities, segments, calls, settings } = this.db;
    const summary = { added: 0, updated: 0, prospects: 0, segments: 0, prospectIds: [] as string[] };
    await this.db.transaction('rw', [prospects, handoffs, activities, segments, calls, settings], async () => {
      const reasons = await new SettingsRepo(this.db).get('returnReasons');
      for (const segment of file.segments) {
        if (await segments.get(segment.id)) continue;
        await segments.add(segment);
        summary.segments++;
      }
      for (const prospect of file.prospects) {
        if (await prospects.get(prospect.id)) continue;
        await prospects.add(toStored({ ...prospect, segmentIds: [] }));
        await activities.add(activity(prospect.id, this.clock(), 'import', `Imported from the hand-off file for ${file.owner.name}`));
        summary.prospects++;
      }
      for (const note of file.notes) {
        if ((await activities.get(note.id)) || !(await prospects.get(note.prospectId))) continue;
        await activities.add({ id: note.id, prospectId: note.prospectId, at: note.at, kind: 'note', summary: noteSummary(note.text), data: { text: note.text } });
      }
      for (const call of file.calls ?? []) {
        if ((await calls.get(call.id)) || !(await prospects.get(call.prospectId))) continue;
        await calls.add(call);
        await activities.add(activity(call.prospectId, call.startedAt, 'call', callSummary(call), { callId: call.id }));
      }
      for (const incoming of file.handoffs) {
        const local = await handoffs.get(incoming.id);
        const winner = local ? mergeHandoffs(local, incoming) : incoming;
        if (local && winner === local) continue;
        await handoffs.put(winner);
        if (local) summary.updated++;
        else summary.added++;
        await this.recordLearntSteps(local, winner, reasons);
      }
      for (const incoming of file.prospects) {
        const row = await prospects.get(incoming.id);
        if (row && (incoming.stage === 'won' || incoming.stage === 'lost') && row.stage !== incoming.stage) await this.moveStage(fromStored(row), incoming.stage, this.clock());
      }
      summary.prospectIds = file.prospects.map((p) => p.id);
      for (const id of new Set(file.prospects.map((p) => p.id))) await new NotesRepo(this.db).refreshTokens(id);
    });
    return summary;
  }

  /** Timeline entries for the steps of `now` that `before` did not have, and the stage they move the prospect to. */
  private async recordLearntSteps(before: Handoff | undefined, after: Handoff, reasons: { key: string; label: string }[]): Promise<void> {
    const entries: Activity[] = [];
    const has = (h: Handoff | undefined, step: 'offered' | 'accepted' | 'returned') =>
      h !== undefined && (step === 'offered' || (step === 'accepted' ? h.acceptedAt !== undefined : h.state === 'returned'));
    if (!before) entries.push(activity(after.prospectId, after.createdAt, 'handoff', handoffSummary(after, 'offered'), { handoffId: after.id, step: 'offered', note: after.note }));
    if (after.acceptedAt !== undefined && !has(before, 'accepted')) entries.push(activity(after.prospectId, after.acceptedAt, 'handoff', handoffSummary(after, 'accepted'), { handoffId: after.id, step: 'accepted' }));
    if (after.state === 'returned' && !has(before, 'returned')) entries.push(await this.returnEntry(after, after.returnedAt ?? after.updatedAt, reasons));
    if (entries.length) await this.db.activities.bulkAdd(entries);
    const row = await this.db.prospects.get(after.prospectId);
    if (!row) return;
    const current = currentHandoff(await this.forProspect(after.prospectId));
    if (current?.id !== after.id) return;
    if (isOpen(after) && row.stage !== 'handed_to_sales' && row.stage !== 'won' && row.stage !== 'lost') await this.moveStage(fromStored(row), 'handed_to_sales', this.clock());
    if (!isOpen(after) && row.stage === 'handed_to_sales') await this.moveStage(fromStored(row), STAGE_AFTER_RETURN, this.clock());
  }

  private async returnEntry(handoff: Handoff, at: number, reasons?: { key: string; label: string }[]): Promise<Activity> {
    const list = reasons ?? (await new SettingsRepo(this.db).get('returnReasons'));
    const label = returnReasonLabel(handoff.returnReason ?? '', list);
    return activity(handoff.prospectId, at, 'handoff', handoffSummary(handoff, 'returned', label), {
      handoffId: handoff.id, step: 'returned', reason: handoff.returnReason, ...(handoff.returnNote ? { note: handoff.returnNote } : {}),
    });
  }

  /** A move the hand-off made (`byHandoff`): the team sees the hand-off itself, so team activity leaves it out. */
  private async moveStage(record: ProspectRecord, stage: Stage, now: number): Promise<void> {
    if (record.stage === stage) return;
    await this.db.prospects.put(toStored({ ...record, stage, updatedAt: now }));
    await this.db.activities.add(activity(record.id, now, 'stage_change', `Stage: ${record.stage} → ${stage}`, { from: record.stage, to: stage, byHandoff: true }));
  }

  private async require(id: string): Promise<Handoff> {
    const handoff = await this.db.handoffs.get(id);
    if (!handoff) throw new HandoffError('That hand-off no longer exists.');
    return handoff;
  }
}
