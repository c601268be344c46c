// Message keys built from team values (message names allow letters, digits and _ only); locales-team-publish.test.ts
// checks each exists.
import type { TeamConflict } from '../../../domain/team/conflicts';
import type { ActivityPrivacy } from '../../../domain/team/team-docs';

const PRIVACY_PART: Record<ActivityPrivacy, string> = { outcomes: 'outcomes', 'name-company': 'nameCompany', full: 'full' };
const CONFLICT_PART: Record<TeamConflict['kind'], string> = { 'team-list': 'teamList', 'team-settings': 'teamSettings', other: 'other' };

export const privacyLabelKey = (level: ActivityPrivacy) => `teamPub_privacy_${PRIVACY_PART[level]}`;
export const privacyExplainKey = (level: ActivityPrivacy) => `teamPub_privacyExplain_${PRIVACY_PART[level]}`;
export const conflictKey = (kind: TeamConflict['kind']) => `teamPub_conflict_${CONFLICT_PART[kind]}`;
export const CONFLICT_KINDS = Object.keys(CONFLICT_PART) as TeamConflict['kind'][];
