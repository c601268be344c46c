// Streams prospects, calls and used messages out of Dexie into the pure insights aggregation (no table is loaded whole).
import { createInsights, type Insights } from '../../../domain/insights';
import { repos } from '../shared/repos';
import { MESSAGE_ACTIONS, type MessageAction } from '../../../domain/messages/outgoing';

export async function loadInsights(from: number | undefined): Promise<Insights> {
  const db = repos.db();
  const [segments, outcomes] = await Promise.all([repos.segments().list(), repos.settings().get('callOutcomes')]);
  const acc = createInsights({ segments, outcomes, ...(from !== undefined ? { from } : {}) });
  await db.prospects.each((p) => acc.addProspect({ id: p.id, stage: p.stage, segmentIds: p.segmentIds ?? [] }));
  const calls = from === undefined ? db.calls.toCollection() : db.calls.where('startedAt').aboveOrEqual(from);
  await calls.each((c) => acc.addCall(c));
  // Messages the rep copied, mailed or inserted: timeline entries of one kind (the kind index finds them).
  await db.activities.where('kind').equals('message_copied').each((a) => {
    const data = a.data as { segmentId?: unknown; templateId?: unknown; action?: unknown } | undefined;
    if (typeof data?.templateId !== 'string') return;
    acc.addMessage({
      prospectId: a.prospectId, segmentId: typeof data.segmentId === 'string' ? data.segmentId : '', templateId: data.templateId, at: a.at,
      ...(MESSAGE_ACTIONS.includes(data.action as MessageAction) ? { action: data.action as MessageAction } : {}),
    });
  });
  return acc.result();
}
