// Replication keeps every conflicting revision of a document; these rules pick the one that stands.
// Packs: the highest version wins (a tie goes to the later publication). Hand-offs: the state machine's order
// (mergeHandoffs of domain/handoff: further along wins, then the later update), so every machine settles on the
// same copy. Activity is append-only under unique ids and never conflicts. Anything else (the team list and the team
// settings, which two marketers edited while apart) is left to a person: marketing saves the one that should stand.
import { mergeHandoffs } from '../handoff';
import { compareVersions } from '../packs/pack-version';
import type { HandoffDoc, PackDoc, TeamDoc } from './team-docs';

export type Resolution<T> = { kind: 'winner'; doc: T } | { kind: 'unresolved'; docs: T[] };

function latestPack(docs: readonly PackDoc[]): PackDoc {
  return docs.reduce((best, doc) => {
    const order = compareVersions(doc.pack.version, best.pack.version);
    return order > 0 || (order === 0 && doc.pack.publishedAt > best.pack.publishedAt) ? doc : best;
  });
}

function handoffWinner(docs: readonly HandoffDoc[]): HandoffDoc {
  const winner = docs.map((d) => d.handoff).reduce((a, b) => mergeHandoffs(a, b));
  return docs.find((d) => d.handoff === winner)!;
}

/** The revision that should stand among the current winner and its conflicts (all of one document id). */
export function resolveConflict(docs: readonly TeamDoc[]): Resolution<TeamDoc> {
  if (docs.length === 0) throw new Error('resolveConflict needs at least one revision');
  const first = docs[0]!;
  if (docs.length === 1) return { kind: 'winner', doc: first };
  if (docs.every((d): d is PackDoc => d.type === 'pack')) return { kind: 'winner', doc: latestPack(docs) };
  if (docs.every((d): d is HandoffDoc => d.type === 'handoff')) return { kind: 'winner', doc: handoffWinner(docs) };
  // Activity ids are unique per rep, so two revisions are the same record written twice: keep the first.
  if (docs.every((d) => d.type === 'activity')) return { kind: 'winner', doc: first };
  return { kind: 'unresolved', docs: [...docs] };
}

/** What Settings → Team shows of a conflict the rules could not settle. */
export interface TeamConflict {
  id: string;
  kind: 'team-list' | 'team-settings' | 'other';
  /** Who wrote each revision and a few words on it, the server's pick first. */
  revisions: { rev: string; summary: string }[];
  seenAt: number;
}

function revisionSummary(doc: TeamDoc): string {
  if (doc.type === 'team') return `${doc.members.length} members: ${doc.members.map((m) => `${m.displayName || m.name} (${m.role})`).join(', ')}`;
  if (doc.type === 'settings') return `privacy "${doc.privacy}", saved by ${doc.updatedBy}`;
  return doc.type;
}

export function conflictSummary(id: string, docs: readonly TeamDoc[], now: number): TeamConflict {
  const kind = docs[0]?.type === 'team' ? 'team-list' : docs[0]?.type === 'settings' ? 'team-settings' : 'other';
  return { id, kind, revisions: docs.map((d) => ({ rev: d._rev ?? '', summary: revisionSummary(d) })), seenAt: now };
}
