// A logged call as team activity: outcome, segment, template and pack version always; of the prospect only what
// the team's privacy setting (chosen by marketing in the team's settings document) lets travel:
//   outcomes      nothing of the prospect
//   name-company  the name and the company
//   full          also the title, emails, phone numbers and profile addresses
// Notes (the prospect's and the call's) never travel.
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

export function activityFromCall(call: Call, user: string, privacy: ActivityPrivacy, prospect?: ProspectForActivity): ActivityDoc {
  const doc: ActivityDoc = {
    _id: activityDocId(user, call.id), type: 'activity', user, activityId: call.id, at: call.startedAt, kind: 'call', outcome: call.outcome,
    ...(call.segmentId ? { segmentId: call.segmentId } : {}),
    ...(call.templateId ? { templateId: call.templateId } : {}),
    ...(call.packId ? { packId: call.packId } : {}),
    ...(call.packVersion ? { packVersion: call.packVersion } : {}),
  };
  const shared = prospectForActivity(prospect, privacy);
  if (shared) doc.prospect = shared;
  return doc;
}
