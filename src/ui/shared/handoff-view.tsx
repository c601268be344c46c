// A prospect's current hand-off, in the popup, side panel and dashboard: who handed it to whom, marketing's note, the
// segment and talking points to use; the owner accepts it or returns it with a reason.
import { useState } from 'preact/hooks';
import type { Handoff, ReturnReason, TeamMember } from '../../domain/handoff';
import { currentHandoff, me, returnReasonLabel, samePerson } from '../../domain/handoff';
import type { Segment } from '../../domain/segments/segment-schema';
import type { ProspectFields } from '../../domain/prospect';
import { renderText } from '../../domain/messages/render-template';
import { database, settingsRepo } from '../../db/default-database';
import { send } from '../../messaging/client';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

interface HandoffContext {
  handoff: Handoff | undefined;
  team: TeamMember[];
  reasons: ReturnReason[];
}

async function loadHandoff(prospectId: string): Promise<HandoffContext> {
  const rows = await database().handoffs.where('prospectId').equals(prospectId).toArray();
  const [team, reasons] = await Promise.all([settingsRepo().get('team'), settingsRepo().get('returnReasons')]);
  return { handoff: currentHandoff(rows), team, reasons };
}

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

export function HandoffView({ prospect, segments }: { prospect: ProspectFields & { id: string }; segments: readonly Segment[] | undefined }) {
  const context = useLiveQuery(() => loadHandoff(prospect.id), [prospect.id]);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const handoff = context?.handoff;
  if (!context || !handoff) return null;

  const mine = Boolean(me(context.team) && samePerson(me(context.team)!, handoff.owner));
  const segment = segments?.find((s) => s.id === handoff.segmentId);
  const points = segment?.talkingPoints.filter((p) => handoff.talkingPointIds.includes(p.id)) ?? [];
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
      setReturning(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const stateBadge = handoff.state === 'offered' ? 'accent' : handoff.state === 'accepted' ? 'ok' : 'warn';

  return (
    <section class="card stack handoff-card" aria-labelledby={`handoff-${handoff.id}`} data-testid="handoff-view">
      <div class="row">
        <h2 id={`handoff-${handoff.id}`} class="grow">{mine ? t('handoff_handedToYou') : t('handoff_handedTo', handoff.owner.name)}</h2>
        <span class={`badge ${stateBadge}`} data-testid="handoff-state">{t(`handoff_state_${handoff.state}`)}</span>
      </div>
      <p class="muted">{t('handoff_fromOn', handoff.from.name, when(handoff.createdAt))}</p>
      {handoff.note && (
        <blockquote class="handoff-note" data-testid="handoff-note">{handoff.note}</blockquote>
      )}
      {segment && <p><strong>{t('handoff_useSegment')}</strong> {segment.name}{handoff.packVersion ? ` · ${t('handoff_packVersion', handoff.packVersion)}` : ''}</p>}
      {points.length > 0 && (
        <ul class="handoff-points" data-testid="handoff-points">
          {points.map((p) => <li key={p.id}>{renderText(p.text, { prospect, segment: { id: segment!.id, name: segment!.name } }).text}</li>)}
        </ul>
      )}
      {handoff.state === 'returned' && (
        <p class="alert warn" data-testid="handoff-returned">
          {t('handoff_returnedBecause', returnReasonLabel(handoff.returnReason ?? '', context.reasons))}{handoff.returnNote ? ` — ${handoff.returnNote}` : ''}
        </p>
      )}
      {mine && handoff.state !== 'returned' && !returning && (
        <div class="row wrap">
          {handoff.state === 'offered' && (
            <button type="button" class="btn primary" disabled={busy} onClick={() => void run(() => send('handoff.accept', { id: handoff.id }))} data-testid="handoff-accept">{t('handoff_accept')}</button>
          )}
          <button type="button" class="btn" disabled={busy} onClick={() => { setReturning(true); setReason(context.reasons[0]?.key ?? ''); }} data-testid="handoff-return">{t('handoff_return')}</button>
        </div>
      )}
      {returning && (
        <form class="stack" onSubmit={(e) => { e.preventDefault(); void run(() => send('handoff.return', { id: handoff.id, reason, note })); }} data-testid="handoff-return-form">
          <label class="field">
            <span>{t('handoff_returnReason')}</span>
            <select value={reason} onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value)} data-testid="handoff-reason">
              {context.reasons.map((r) => <option key={r.key} value={r.key}>{r.label}</option>)}
            </select>
          </label>
          <label class="field">
            <span>{t('handoff_returnNote')}</span>
            <textarea rows={2} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} data-testid="handoff-return-note" />
          </label>
          <div class="row">
            <button type="submit" class="btn primary" disabled={busy || !reason} data-testid="handoff-return-confirm">{t('handoff_returnConfirm')}</button>
            <button type="button" class="btn ghost" onClick={() => setReturning(false)}>{t('handoff_cancel')}</button>
          </div>
        </form>
      )}
      {error && <p class="alert error" role="alert">{error}</p>}
    </section>
  );
}
