// The documents of a team database (CouchDB / PouchDB Server) and their ids. One shape per kind, checked on the
// server by the design document (design-doc.ts) and read by the mirror into the rep's own database.
import type { Handoff, HandoffFileNote, HandoffState } from '../handoff';
import type { SegmentPack } from '../packs/pack';
import type { Prospect } from '../prospect';
import type { Segment } from '../segments/segment-schema';

/** The two CouchDB roles a team member has: marketing publishes, reps use and report back. */
export const TEAM_ROLES = { marketing: 'marketing', rep: 'rep' } as const;
export type TeamRole = keyof typeof TEAM_ROLES;

/** How much of a prospect travels with team activity; chosen by marketing in the team's settings doc (TEAM_SETTINGS_ID). */
export const ACTIVITY_PRIVACY = ['outcomes', 'name-company', 'full'] as const;
export type ActivityPrivacy = (typeof ACTIVITY_PRIVACY)[number];

/** One person on the team: `name` is their CouchDB user name (what the server's rules check). */
export interface TeamListMember {
  name: string;
  role: TeamRole;
  /** How the dashboard shows them, e.g. "Rob Ruiz"; the user name when absent. */
  displayName?: string;
  email?: string;
  /** Marketing can hand prospects to them; reps do unless marketing turns it off. */
  receivesHandoffs?: boolean;
}

export interface TeamListDoc {
  _id: 'team';
  _rev?: string;
  type: 'team';
  name: string;
  members: TeamListMember[];
  /** Older team lists carried the privacy setting here; the settings document (TeamSettingsDoc) now holds it. */
  privacy?: ActivityPrivacy;
}

/** The team's settings, written by marketing only (the server's rules check it): how much activity carries. */
export interface TeamSettingsDoc {
  _id: 'settings';
  _rev?: string;
  type: 'settings';
  privacy: ActivityPrivacy;
  /** Team insights may show each rep's own figures (calls, connect rate, hand-offs); off unless marketing allows it. */
  showPerRep?: boolean;
  updatedBy: string;
  updatedAt: number;
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

/** What a rep's activity reports: a logged call, or a prospect moved to another stage. */
export const ACTIVITY_DOC_KINDS = ['call', 'stage_change'] as const;
export type ActivityDocKind = (typeof ACTIVITY_DOC_KINDS)[number];

export interface ActivityDoc {
  _id: string;
  _rev?: string;
  type: 'activity';
  user: string;
  activityId: string;
  at: number;
  kind: ActivityDocKind;
  outcome?: string;
  /** A stage change: the stage before and after, and the stage rule that made it (absent when the rep moved it). */
  fromStage?: string;
  toStage?: string;
  rule?: string;
  /** The team hand-off the prospect came with (its id is the team's already), so marketing sees time to first call. */
  handoffId?: string;
  segmentId?: string;
  templateId?: string;
  packId?: string;
  packVersion?: string;
  /** Only what the team's privacy setting lets travel (activity-from-call.ts). */
  prospect?: ActivityProspect;
}

/**
 * The prospect as it travels with activity. "name-company": fullName and company. "full": also title, emails,
 * phones and profiles. Never notes, never the rep's call notes.
 */
export interface ActivityProspect {
  fullName?: string;
  company?: string;
  title?: string;
  emails?: string[];
  phones?: string[];
  profiles?: Record<string, string>;
}

export type TeamDoc = TeamListDoc | TeamSettingsDoc | PackDoc | HandoffDoc | ActivityDoc;

export const packDocId = (packId: string) => `pack:${packId}`;
export const handoffDocId = (handoffId: string) => `handoff:${handoffId}`;
export const activityDocId = (user: string, activityId: string) => `activity:${user}:${activityId}`;
export const TEAM_LIST_ID = 'team';
export const TEAM_SETTINGS_ID = 'settings';
