// The rep's own calls that go to the team as activity: those logged since the rep joined (a watermark in settings),
// each under an id made from the call's id, so publishing the same call twice is one document.
import { liveQuery } from 'dexie';
import type { Call } from '../domain/calls';
import { ACTIVITY_PRIVACY, type ActivityPrivacy } from '../domain/team/team-docs';
import type { SegueDatabase } from './database';
import { TEAM_LIST_SETTING } from './team-mirror';

export const CALLS_PUBLISHED_SETTING = 'teamCallsPublishedSince';

export interface CallToPublish {
  call: Call;
  prospect?: { fullName?: string; company?: string };
}

/** Starts publishing from now on first use (calls from before joining stay the rep's own). */
export async function callsToPublish(db: SegueDatabase, now: number): Promise<{ calls: CallToPublish[]; privacy: ActivityPrivacy; upTo: number }> {
  const since = (await db.settings.get(CALLS_PUBLISHED_SETTING))?.value as number | undefined;
  if (since === undefined) {
    await db.settings.put({ key: CALLS_PUBLISHED_SETTING, value: now });
    return { calls: [], privacy: 'outcomes', upTo: now };
  }
  const list = (await db.settings.get(TEAM_LIST_SETTING))?.value as { privacy?: string } | undefined;
  const privacy = (ACTIVITY_PRIVACY as readonly string[]).includes(list?.privacy ?? '') ? list!.privacy as ActivityPrivacy : 'outcomes';
  const calls = await db.calls.where('startedAt').aboveOrEqual(since).toArray();
  const out: CallToPublish[] = [];
  for (const call of calls) {
    const prospect = privacy === 'outcomes' ? undefined : await db.prospects.get(call.prospectId);
    out.push(prospect ? { call, prospect: { fullName: prospect.fullName, company: prospect.company } } : { call });
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
