// Rows of the team tables: what the team database holds, as the Team settings list it (never in backups). The
// packs and hand-offs themselves are installed into Segue's own tables by team-mirror.ts.
import type { ActivityDoc } from '../domain/team/team-docs';

export interface TeamPackRow {
  packId: string;
  version: string;
  title: string;
  publishedBy: string;
  /** Why the pack could not be installed here (e.g. a segment id another pack owns); shown to the rep. */
  installError?: string;
}

export interface TeamHandoffRow {
  handoffId: string;
  state: string;
  from: string;
  owner: string;
  prospectName: string;
}

export interface TeamActivityRow extends Omit<ActivityDoc, '_id' | '_rev' | 'type'> {
  /** The team document id: unique, so writing the same activity twice keeps one row. */
  id: string;
}
