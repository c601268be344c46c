// The rep's own calls that go to the team as activity: those logged since the rep joined (a watermark in settings),
// each under an id made from the call's id, so publishing the same call twice is one document.
import { liveQuery } from 'dexie';
import type { Call } from '../domain/calls';
import type { ProspectForActivity } from '../domain/team/activity-from-call';
import { ACTIVITY_PRIVACY, type ActivityPrivacy } from '../domain/team/team-docs';
import { fromStored, type SegueDatabase } from './database';
import { TEAM_LIST_SETTING, TEAM_SETTINGS_SETTING } from './team-mirror';

export const CALLS_PUBLISHED_SETTING = 'teamCallsPublishedSince';

export interface CallToPublish {
  call: Call;
  prospect?: ProspectForActivity;
}

/** The team's privacy setting as mirrored: the settings document, else an older team list's field, else outcomes only. */
export async function teamPrivacy(db: SegueDatabase): Promise<ActivityPrivacy> {
  const isPrivacy = (value: unknown): value is ActivityPrivacy => (ACTIVITY_PRIVACY as readonly unknown[]).includes(value);
  const settings = (await db.settings.get(TEAM_SETTINGS_SETTING))?.value as { privacy?: unknown } | undefined;
  if (isPrivacy(settings?.privacy)) return settings.privacy;
  const list = (await db.settings.get(TEAM_LIST_SETTING))?.value as { privacy?: unknown } | undefined;
  return isPrivacy(list?.privacy) ? list.privacy : 'outcomes';
}

/** Starts publishing from now on first use (calls from before joining stay the rep's own). */
export async function callsToPublish(db: SegueDatabase, now: number): Promise<{ calls: CallToPublish[]; privacy: ActivityPrivacy; upTo: number }> {
  const since = (await db.settings.get(CALLS_PUBLISHED_SETTING))?.value as number | undefined;
  if (since === undefined) {
    await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: now });
    return { calls: [], privacy: 'outcomes', upTo: now };
  }
  const privacy = await teamPrivacy(db);
  const calls = await db.calls.where('startedAt').aboveOrEqual(since).toArray();
  const out: CallToPublish[] = [];
  for (const call of calls) {
    const row = privacy === 'outcomes' ? undefined : await db.prospects.get(call.prospectId);
    out.push(row ? { call, prospect: fromStored(row) } : { call });
  }
  return { calls: out, privacy, upTo: Math.max(since, ...calls.map((c) => c.startedAt)) };
}

export async function markCallsPublished(db: SegueDatabase, upTo: number): Promise<void> {
  await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: upTo });
}

/** Calls logged anywhere in Segue (the service worker logs them) while this page watches. */
export function watchCalls(db: SegueDatabase, onChange: () => void): () => void {
  let first = true;
  const subscription = liveQuery(() => db.calls.count()).subscribe({
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
