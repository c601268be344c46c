// The documents of a team database (CouchDB / PouchDB Server) and their ids. One shape per kind, checked on the
// server by the design document (design-doc.ts) and read by the mirror into the rep's own database.
import type { Handoff, HandoffFileNote, HandoffState } from '../handoff';
import type { SegmentPack } from '../packs/pack';
import type { Prospect } from '../prospect';
import type { Segment } from '../segments/segment-schema';

/** The two CouchDB roles a team member has: marketing publishes, reps use and report back. */
export const TEAM_ROLES = { marketing: 'marketing', rep: 'rep' } as const;
export type TeamRole = keyof typeof TEAM_ROLES;

/** How much of a prospect travels with team activity; chosen by marketing in the team list. */
export const ACTIVITY_PRIVACY = ['outcomes', 'name-company', 'full'] as const;
export type ActivityPrivacy = (typeof ACTIVITY_PRIVACY)[number];

export interface TeamListDoc {
  _id: 'team';
  _rev?: string;
  type: 'team';
  name: string;
  members: { name: string; role: TeamRole }[];
  privacy: ActivityPrivacy;
}

/** A segment pack (domain/packs): replaced as a whole by a higher version; installed read-only on every rep's machine. */
export interface PackDoc {
  _id: string;
  _rev?: string;
  type: 'pack';
  packId: string;
  /** The CouchDB user who published it (checked by the server). */
  publishedBy: string;
  pack: SegmentPack;
}

/**
 * A hand-off (domain/handoff) with what the owner needs to work it: the prospect, marketing's notes and the segment.
 * `from`, `owner` and `state` are the CouchDB user names and the hand-off's state, which the server checks.
 */
export interface HandoffDoc {
  _id: string;
  _rev?: string;
  type: 'handoff';
  handoffId: string;
  state: HandoffState;
  from: string;
  owner: string;
  handoff: Handoff;
  prospects: Prospect[];
  notes: HandoffFileNote[];
  segments: Segment[];
}

export interface ActivityDoc {
  _id: string;
  _rev?: string;
  type: 'activity';
  user: string;
  activityId: string;
  at: number;
  kind: 'call' | 'stage_change';
  outcome?: string;
  segmentId?: string;
  templateId?: string;
  packId?: string;
  packVersion?: string;
  /** Only what the team's privacy setting lets travel. */
  prospect?: { fullName?: string; company?: string };
}

export type TeamDoc = TeamListDoc | PackDoc | HandoffDoc | ActivityDoc;

export const packDocId = (packId: string) => `pack:${packId}`;
export const handoffDocId = (handoffId: string) => `handoff:${handoffId}`;
export const activityDocId = (user: string, activityId: string) => `activity:${user}:${activityId}`;
export const TEAM_LIST_ID = 'team';
