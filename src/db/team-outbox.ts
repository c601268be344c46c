// The rep's own activity that goes to the team: calls and stage changes recorded since the rep joined (a watermark in
// settings), each under an id made from the call's or the timeline entry's id, so publishing twice is one document.
import { liveQuery } from 'dexie';
import type { Activity } from '../domain/activity';
import type { Call } from '../domain/calls';
import type { ProspectForActivity, StageChangeData } from '../domain/team/activity-from-call';
import { ACTIVITY_PRIVACY, type ActivityPrivacy } from '../domain/team/team-docs';
import { fromStored, type SegueDatabase } from './database';
import { TEAM_LIST_SETTING, TEAM_SETTINGS_SETTING } from './team-mirror';

export const CALLS_PUBLISHED_SETTING = 'teamCallsPublishedSince';

export interface CallToPublish {
  call: Call;
  prospect?: ProspectForActivity;
  /** The team hand-off the prospect came with. */
  handoffId?: string;
}

export interface StageChangeToPublish {
  entry: Activity;
  prospect?: ProspectForActivity;
  handoffId?: string;
  /** The call whose logging made the move (a call-log stage rule). */
  call?: Call;
}

/** The team's privacy setting as mirrored: the settings document, else an older team list's field, else outcomes only. */
export async function teamPrivacy(db: SegueDatabase): Promise<ActivityPrivacy> {
  const isPrivacy = (value: unknown): value is ActivityPrivacy => (ACTIVITY_PRIVACY as readonly unknown[]).includes(value);
  const settings = (await db.settings.get(TEAM_SETTINGS_SETTING))?.value as { privacy?: unknown } | undefined;
  if (isPrivacy(settings?.privacy)) return settings.privacy;
  const list = (await db.settings.get(TEAM_LIST_SETTING))?.value as { privacy?: unknown } | undefined;
  return isPrivacy(list?.privacy) ? list.privacy : 'outcomes';
}

/** Starts publishing from now on first use (calls and stage moves from before joining stay the rep's own). */
export async function callsToPublish(db: SegueDatabase, now: number): Promise<{ calls: CallToPublish[]; stageChanges: StageChangeToPublish[]; privacy: ActivityPrivacy; upTo: number }> {
  const since = (await db.settings.get(CALLS_PUBLISHED_SETTING))?.value as number | undefined;
  if (since === undefined) {
    await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: now });
    return { calls: [], stageChanges: [], privacy: 'outcomes', upTo: now };
  }
  const privacy = await teamPrivacy(db);
  const calls = await db.calls.where('startedAt').aboveOrEqual(since).toArray();
  // Moves a hand-off made (handed, returned) are not the rep's: the team has the hand-off document itself.
  const moves = await db.activities.where('kind').equals('stage_change').filter((a) => a.at >= since && (a.data as StageChangeData | undefined)?.byHandoff !== true).sortBy('at');
  const teamHandoffIds = new Set((await db.teamHandoffs.toCollection().primaryKeys()));
  const context = async (prospectId: string) => {
    const row = privacy === 'outcomes' ? undefined : await db.prospects.get(prospectId);
    const handoff = teamHandoffIds.size ? (await db.handoffs.where('prospectId').equals(prospectId).toArray()).find((h) => teamHandoffIds.has(h.id)) : undefined;
    return { ...(row ? { prospect: fromStored(row) } : {}), ...(handoff ? { handoffId: handoff.id } : {}) };
  };
  const out: CallToPublish[] = [];
  for (const call of calls) out.push({ call, ...(await context(call.prospectId)) });
  const stageChanges: StageChangeToPublish[] = [];
  for (const entry of moves) {
    const callId = (entry.data as StageChangeData | undefined)?.callId;
    const call = typeof callId === 'string' ? await db.calls.get(callId) : undefined;
    stageChanges.push({ entry, ...(await context(entry.prospectId)), ...(call ? { call } : {}) });
  }
  return { calls: out, stageChanges, privacy, upTo: Math.max(since, ...calls.map((c) => c.startedAt), ...moves.map((m) => m.at)) };
}

export async function markCallsPublished(db: SegueDatabase, upTo: number): Promise<void> {
  await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: upTo });
}

/** Calls logged and stages moved anywhere in Segue (the service worker logs them) while this page watches. */
export function watchCalls(db: SegueDatabase, onChange: () => void): () => void {
  let first = true;
  const subscription = liveQuery(async () => `${await db.calls.count()}:${await db.activities.where('kind').equals('stage_change').count()}`).subscribe({
    next: () => { if (first) first = false; else onChange(); },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** Hand-offs changed anywhere in Segue (the popup's Accept goes through the service worker) while this page watches. */
export function watchHandoffs(db: SegueDatabase, onChange: () => void): () => void {
  let first = true;
  const subscription = liveQuery(() => db.handoffs.toArray().then((rows) => rows.map((h) => `${h.id}:${h.state}:${h.updatedAt}`).join())).subscribe({
    next: () => { if (first) first = false; else onChange(); },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
