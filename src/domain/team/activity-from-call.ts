// A logged call as team activity: outcome, segment, template and pack version always; of the prospect only what
// the team's privacy setting (chosen by marketing in the team list) lets travel.
import type { Call } from '../calls';
import { activityDocId, type ActivityDoc, type ActivityPrivacy } from './team-docs';

export function activityFromCall(call: Call, user: string, privacy: ActivityPrivacy, prospect?: { fullName?: string; company?: string }): ActivityDoc {
  const doc: ActivityDoc = {
    _id: activityDocId(user, call.id), type: 'activity', user, activityId: call.id, at: call.startedAt, kind: 'call', outcome: call.outcome,
    ...(call.segmentId ? { segmentId: call.segmentId } : {}),
    ...(call.templateId ? { templateId: call.templateId } : {}),
    ...(call.packId ? { packId: call.packId } : {}),
    ...(call.packVersion ? { packVersion: call.packVersion } : {}),
  };
  // "full" shares the same two fields for now: contact details never travel with activity.
  if (privacy !== 'outcomes' && prospect) {
    doc.prospect = { ...(prospect.fullName ? { fullName: prospect.fullName } : {}), ...(prospect.company ? { company: prospect.company } : {}) };
  }
  return doc;
}
