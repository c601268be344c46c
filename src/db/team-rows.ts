// Rows of the team tables: read-only copies of the team database that the UI queries (never in backups).
import type { ActivityDoc, HandoffDoc, PackDoc } from '../domain/team/team-docs';

export type TeamPackRow = Omit<PackDoc, '_id' | '_rev' | 'type'>;

export interface TeamHandoffRow extends Omit<HandoffDoc, '_id' | '_rev' | 'type'> {
  /** Two different decisions replicated in: shown to the rep until a person settles it. */
  unresolved?: { states: string[] };
}

export interface TeamActivityRow extends Omit<ActivityDoc, '_id' | '_rev' | 'type'> {
  /** The team document id: unique, so writing the same activity twice keeps one row. */
  id: string;
}
