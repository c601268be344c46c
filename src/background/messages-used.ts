// A suggested message the rep copied, opened in the mail app or inserted: one timeline entry against its template,
// which insights count per template (domain/insights.ts reads these entries).
import { ActivitiesRepo } from '../db/activities-repo';
import type { SegueDatabase } from '../db/database';
import { isChannel } from '../domain/messages/channels';
import { describeMessageUse, MESSAGE_ACTIONS, type MessageAction } from '../domain/messages/outgoing';
import type { RequestOf } from '../messaging/protocol';

export async function recordMessageUse(db: SegueDatabase, request: RequestOf<'messages.copied'>): Promise<{ ok: true }> {
  const { prospectId, segmentId, templateId, channel } = request;
  const action: MessageAction = request.action ?? 'copied';
  if (!isChannel(channel)) throw new TypeError(`Unknown message channel: ${String(channel)}.`);
  if (!MESSAGE_ACTIONS.includes(action)) throw new TypeError(`Unknown message action: ${String(action)}.`);
  if (typeof templateId !== 'string' || !templateId) throw new TypeError('A used message needs its template id.');
  if (!(await db.prospects.get(prospectId))) throw new Error(`No prospect with id ${prospectId}.`);
  const name = request.templateName?.trim() || templateId;
  await new ActivitiesRepo(db).add(prospectId, 'message_copied', describeMessageUse(action, channel, name), {
    segmentId, templateId, channel, action,
  });
  return { ok: true };
}
