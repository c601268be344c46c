// A logged call as team activity: outcome, segment, template and pack version always; of the prospect only what
// the team's privacy setting (chosen by marketing in the team's settings document) lets travel:
//   outcomes      nothing of the prospect
//   name-company  the name and the company
//   full          also the title, emails, phone numbers and profile addresses
// Notes (the prospect's and the call's) never travel. A stage change travels as its two stages and the stage rule
// that made it (with the segment, template and pack of the call that triggered it), under the same privacy setting.
import type { Activity } from '../activity';
import type { Call } from '../calls';
import type { Prospect } from '../prospect';
import { activityDocId, type ActivityDoc, type ActivityPrivacy, type ActivityProspect } from './team-docs';

export type ProspectForActivity = Pick<Prospect, 'fullName'> & Partial<Pick<Prospect, 'company' | 'title' | 'emails' | 'phones' | 'profiles'>>;

/** What of a prospect leaves the rep's machine under `privacy` (undefined: nothing). */
export function prospectForActivity(prospect: ProspectForActivity | undefined, privacy: ActivityPrivacy): ActivityProspect | undefined {
  if (!prospect || privacy === 'outcomes') return undefined;
  const out: ActivityProspect = {
    ...(prospect.fullName ? { fullName: prospect.fullName } : {}),
    ...(prospect.company ? { company: prospect.company } : {}),
  };
  if (privacy === 'full') {
    if (prospect.title) out.title = prospect.title;
    if (prospect.emails?.length) out.emails = [...prospect.emails];
    if (prospect.phones?.length) out.phones = prospect.phones.map((p) => p.number);
    if (prospect.profiles && Object.keys(prospect.profiles).length) out.profiles = { ...prospect.profiles };
  }
  return Object.keys(out).length ? out : undefined;
}

type CallAttribution = Partial<Pick<Call, 'segmentId' | 'templateId' | 'packId' | 'packVersion'>>;

const attribution = (call: CallAttribution | undefined) => ({
  ...(call?.segmentId ? { segmentId: call.segmentId } : {}),
  ...(call?.templateId ? { templateId: call.templateId } : {}),
  ...(call?.packId ? { packId: call.packId } : {}),
  ...(call?.packVersion ? { packVersion: call.packVersion } : {}),
});

export interface ActivityContext {
  prospect?: ProspectForActivity;
  /** The team hand-off the prospect came with. */
  handoffId?: string;
}

function withContext(doc: ActivityDoc, privacy: ActivityPrivacy, context: ActivityContext): ActivityDoc {
  if (context.handoffId) doc.handoffId = context.handoffId;
  const shared = prospectForActivity(context.prospect, privacy);
  if (shared) doc.prospect = shared;
  return doc;
}

export function activityFromCall(call: Call, user: string, privacy: ActivityPrivacy, context: ActivityContext | ProspectForActivity = {}): ActivityDoc {
  const ctx: ActivityContext = 'fullName' in context ? { prospect: context } : context;
  const doc: ActivityDoc = {
    _id: activityDocId(user, call.id), type: 'activity', user, activityId: call.id, at: call.startedAt, kind: 'call', outcome: call.outcome,
    ...attribution(call),
  };
  return withContext(doc, privacy, ctx);
}

/** The data of a 'stage_change' timeline entry, as prospects-repo, calls-repo and handoffs-repo write it. */
export interface StageChangeData {
  from?: unknown;
  to?: unknown;
  rule?: unknown;
  callId?: unknown;
  /** Set on the moves a hand-off made (handed, returned, settled from a file). */
  byHandoff?: unknown;
}

/**
 * A timeline 'stage_change' entry as team activity, or undefined when the entry does not name the stage it moved to.
 * `call` is the call whose logging made the move (the call-log stage rules), for its segment, template and pack.
 */
export function activityFromStageChange(entry: Pick<Activity, 'id' | 'at' | 'data'>, user: string, privacy: ActivityPrivacy, context: ActivityContext & { call?: CallAttribution } = {}): ActivityDoc | undefined {
  const data = (entry.data ?? {}) as StageChangeData;
  if (typeof data.to !== 'string' || !data.to) return undefined;
  const doc: ActivityDoc = {
    _id: activityDocId(user, entry.id), type: 'activity', user, activityId: entry.id, at: entry.at, kind: 'stage_change',
    ...(typeof data.from === 'string' && data.from ? { fromStage: data.from } : {}),
    toStage: data.to,
    ...(typeof data.rule === 'string' && data.rule ? { rule: data.rule } : {}),
    ...attribution(context.call),
  };
  return withContext(doc, privacy, context);
}
