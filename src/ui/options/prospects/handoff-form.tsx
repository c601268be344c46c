// "Hand to sales": marketing picks the owner (a rep from Settings → Team), writes a note, and picks the segment and
// talking points the rep should use. The prospect then moves to handed_to_sales.
import { useState } from 'preact/hooks';
import type { ProspectRecord } from '../../../db/database';
import { currentHandoff, isOpen, personRef, type TeamMember } from '../../../domain/handoff';
import { renderText } from '../../../domain/messages/render-template';
import type { Segment } from '../../../domain/segments/segment-schema';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { explainSegments } from '../shared/prospect-fields';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';

/** Who a prospect can be handed to: the team's reps first, then everyone else but me and those marketing turned off. */
export function handoffOwners(team: readonly TeamMember[]): TeamMember[] {
  const others = team.filter((m) => !m.isMe && m.name.trim() && m.receivesHandoffs !== false);
  return [...others.filter((m) => m.role === 'rep'), ...others.filter((m) => m.role !== 'rep')];
}

export function HandoffForm({ prospect, segments, onDone }: { prospect: ProspectRecord; segments: readonly Segment[]; onDone: () => void }) {
  const team = useLiveQuery(() => repos.settings().get('team'), [], [] as TeamMember[]);
  const owners = handoffOwners(team);
  const matched = explainSegments(prospect, segments).filter((m) => m.matched);
  const [ownerId, setOwnerId] = useState<string>('');
  const [note, setNote] = useState('');
  const [segmentId, setSegmentId] = useState<string>(matched[0]?.segmentId ?? '');
  const segment = segments.find((s) => s.id === segmentId);
  const [pointIds, setPointIds] = useState<string[] | null>(null);
  const chosenPoints = pointIds ?? segment?.talkingPoints.slice(0, 2).map((p) => p.id) ?? [];
  const { notify } = useToast();
  const act = useAction();
  const owner = owners.find((m) => m.id === ownerId) ?? owners[0];

  if (owners.length === 0) {
    return (
      <p class="alert warn" data-testid="handoff-no-team">
        {t('handoff_noTeam')} <a href={routeHref({ name: 'settings' })}>{t('handoff_openSettings')}</a>
      </p>
    );
  }
  const submit = (e: Event) => {
    e.preventDefault();
    if (!owner) return;
    void act(async () => {
      await send('handoff.offer', {
        prospectId: prospect.id, owner: personRef(owner), note,
        ...(segmentId ? { segmentId, talkingPointIds: chosenPoints } : {}),
      });
      notify({ message: t('handoff_handed', prospect.fullName, owner.name), kind: 'ok' });
      onDone();
    });
  };
  const togglePoint = (id: string, on: boolean) => setPointIds(on ? [...chosenPoints, id] : chosenPoints.filter((p) => p !== id));
  return (
    <form class="stack handoff-form" onSubmit={submit} data-testid="handoff-form">
      <label class="field">
        <span>{t('handoff_owner')}</span>
        <select value={owner?.id} onChange={(e) => setOwnerId((e.currentTarget as HTMLSelectElement).value)} data-testid="handoff-owner">
          {owners.map((m) => <option key={m.id} value={m.id}>{m.name}{m.role === 'rep' ? '' : ` (${t(`handoff_role_${m.role}`)})`}</option>)}
        </select>
      </label>
      {owner?.user && <p class="muted small" data-testid="handoff-via-team">{t('teamPub_handoffViaTeam', owner.name)}</p>}
      <label class="field">
        <span>{t('handoff_note')}</span>
        <textarea rows={3} value={note} placeholder={t('handoff_notePlaceholder')} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} data-testid="handoff-note-input" />
      </label>
      <label class="field">
        <span>{t('handoff_segment')}</span>
        <select value={segmentId} onChange={(e) => { setSegmentId((e.currentTarget as HTMLSelectElement).value); setPointIds(null); }} data-testid="handoff-segment">
          <option value="">{t('handoff_noSegment')}</option>
          {segments.map((s) => <option key={s.id} value={s.id}>{s.name}{matched.some((m) => m.segmentId === s.id) ? ` ✓` : ''}</option>)}
        </select>
      </label>
      {segment && segment.talkingPoints.length > 0 && (
        <fieldset class="stack">
          <legend>{t('handoff_talkingPoints')}</legend>
          {segment.talkingPoints.map((p) => (
            <label key={p.id} class="checkbox">
              <input type="checkbox" checked={chosenPoints.includes(p.id)} onChange={(e) => togglePoint(p.id, (e.currentTarget as HTMLInputElement).checked)} data-testid="handoff-point" />
              <span>{renderText(p.text, { prospect, segment: { id: segment.id, name: segment.name } }).text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="row">
        <button type="submit" class="btn primary" data-testid="handoff-submit">{t('handoff_handTo', owner?.name ?? '')}</button>
        <button type="button" class="btn ghost" onClick={onDone}>{t('handoff_cancel')}</button>
      </div>
    </form>
  );
}

/** On a prospect's page: "Hand to sales" when it has no open hand-off and is not won or lost. */
export function HandoffStarter({ prospect, segments }: { prospect: ProspectRecord; segments: readonly Segment[] }) {
  const [open, setOpen] = useState(false);
  const handoffs = useLiveQuery(() => repos.db().handoffs.where('prospectId').equals(prospect.id).toArray(), [prospect.id]);
  if (!handoffs || prospect.stage === 'won' || prospect.stage === 'lost') return null;
  const current = currentHandoff(handoffs);
  if (current && isOpen(current)) return null;
  return (
    <section class="card stack" aria-labelledby="handoff-start-heading" data-testid="handoff-starter">
      <h2 id="handoff-start-heading">{t('handoff_handToSales')}</h2>
      {open ? <HandoffForm prospect={prospect} segments={segments} onDone={() => setOpen(false)} /> : (
        <div><button type="button" class="btn" onClick={() => setOpen(true)} data-testid="handoff-open">{t('handoff_handToSales')}</button></div>
      )}
    </section>
  );
}
