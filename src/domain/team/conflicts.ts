// Replication keeps every conflicting revision of a document; these rules pick the one that stands.
// Packs: the highest version wins (a tie goes to the later publication). Hand-offs: the state machine's order, so a
// decision (accepted / returned) beats the offer it answers; two different decisions cannot both stand and are
// left for a person. Activity is append-only under unique ids and never conflicts.
import type { HandoffDoc, PackDoc, TeamDoc } from './team-docs';

export type Resolution<T> = { kind: 'winner'; doc: T } | { kind: 'unresolved'; docs: T[] };

const HANDOFF_ORDER: Record<HandoffDoc['state'], number> = { offered: 0, accepted: 1, returned: 1 };

function latestPack(docs: readonly PackDoc[]): PackDoc {
  return docs.reduce((best, doc) =>
    doc.version > best.version || (doc.version === best.version && doc.publishedAt > best.publishedAt) ? doc : best);
}

function handoffWinner(docs: readonly HandoffDoc[]): Resolution<HandoffDoc> {
  const furthest = Math.max(...docs.map((d) => HANDOFF_ORDER[d.state]));
  const leading = docs.filter((d) => HANDOFF_ORDER[d.state] === furthest);
  const states = new Set(leading.map((d) => d.state));
  if (states.size > 1) return { kind: 'unresolved', docs: leading };
  return { kind: 'winner', doc: leading[0]! };
}

/** The revision that should stand among the current winner and its conflicts (all of one document id). */
export function resolveConflict(docs: readonly TeamDoc[]): Resolution<TeamDoc> {
  if (docs.length === 0) throw new Error('resolveConflict needs at least one revision');
  const first = docs[0]!;
  if (docs.length === 1) return { kind: 'winner', doc: first };
  if (docs.every((d): d is PackDoc => d.type === 'pack')) return { kind: 'winner', doc: latestPack(docs) };
  if (docs.every((d): d is HandoffDoc => d.type === 'handoff')) return handoffWinner(docs);
  // Activity ids are unique per rep, so two revisions are the same record written twice: keep the first.
  if (docs.every((d) => d.type === 'activity')) return { kind: 'winner', doc: first };
  return { kind: 'unresolved', docs: [...docs] };
}
