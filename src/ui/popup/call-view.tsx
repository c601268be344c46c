// Logging a cold call: a running timer, the outcome, notes, next step and a follow-up reminder, with the
// segment's talking points in view. Every change is kept in extension storage as it happens, so closing the
// popup or a stopped service worker loses nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clockText, elapsedMs, type CallSession } from '../../domain/call-session';
import type { ProspectRecord } from '../../db/database';
import { send } from '../../messaging/client';
import { browser } from '../../platform/browser';
import { onCallTextChange, writeCallText, type CallTextField } from '../../platform/call-store';
import { badgeText } from '../../domain/call-session';
import { store } from '../shared/store';
import { t } from '../shared/i18n';
import { useLiveQuery } from '../shared/use-live-query';
import { useNow } from '../shared/use-call-session';
import { useProspectInsight } from '../shared/use-prospect-insight';
import { useTemplateSender } from '../shared/use-sender';
import { TalkingPoints } from './talking-points';

export function toLocalInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): number | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** Quick follow-up choices a rep uses most: tomorrow morning, in three days, next Monday. */
export function quickDates(now: number): Array<{ key: string; at: number }> {
  const at9 = (d: Date) => { d.setHours(9, 0, 0, 0); return d.getTime(); };
  const tomorrow = new Date(now); tomorrow.setDate(tomorrow.getDate() + 1);
  const in3 = new Date(now); in3.setDate(in3.getDate() + 3);
  const monday = new Date(now); monday.setDate(monday.getDate() + (((8 - monday.getDay()) % 7) || 7));
  return [{ key: 'followTomorrow', at: at9(tomorrow) }, { key: 'followIn3Days', at: at9(in3) }, { key: 'followNextWeek', at: at9(monday) }];
}

function ProspectPicker(props: { onPick: (p: ProspectRecord) => void }) {
  const [query, setQuery] = useState('');
  const results = useLiveQuery((signal) => (query.trim() ? store.searchProspects(query, 6, signal) : store.recentProspects(6)), [query], [] as ProspectRecord[]);
  return (
    <div class="stack" data-testid="call-prospect-picker">
      <label class="field">
        <span>{t('callWho')}</span>
        <input type="search" value={query} placeholder={t('searchPlaceholder')} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <ul class="list">
        {results.map((p) => (
          <li key={p.id}>
            <button type="button" class="list-item" onClick={() => props.onPick(p)}>
              <strong>{p.fullName}</strong>
              <span class="muted truncate grow">{[p.title, p.company].filter(Boolean).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p class="muted">{t('noSearchResults')}</p>}
    </div>
  );
}

export function CallView(props: { session: CallSession; onDone: (prospectId: string | undefined, notice: string) => void }) {
  const { session } = props;
  const now = useNow(session.running);
  const elapsed = elapsedMs(session, now);
  const outcomes = useLiveQuery(() => store.callOutcomes(), [], []);
  const prospect = useLiveQuery(() => (session.prospectId ? store.getProspect(session.prospectId) : null), [session.prospectId], null);
  const segments = useLiveQuery(() => store.segments(), []);
  const sender = useTemplateSender();
  const insight = useProspectInsight(prospect, segments, sender, session.segmentId);
  const scripts = (insight?.suggestions ?? []).filter((m) => m.channel === 'call_opener' || m.channel === 'voicemail');
  const script = scripts.find((m) => m.templateId === session.templateId) ?? scripts[0];
  const [notes, setNotes] = useState(session.notes);
  const [nextStep, setNextStep] = useState(session.nextStep);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The outcome the rep just picked, shown until the background has stored it: a re-render in between (the other
  // view's typing) must not flip the radio back to the stored value.
  const [pickedOutcome, setPickedOutcome] = useState<string | null>(null);
  const shownOutcome = pickedOutcome ?? session.outcome;
  useEffect(() => setPickedOutcome(null), [session.outcome]);
  const viewId = useRef(crypto.randomUUID()).current;
  const lastWrite = useRef<Promise<void>>(Promise.resolve());

  // A new call (another id) resets the local text; text typed in another open view (popup, side panel) shows here.
  useEffect(() => {
    setNotes(session.notes);
    setNextStep(session.nextStep);
    return onCallTextChange(session.id, viewId, (field, text) => (field === 'notes' ? setNotes : setNextStep)(text));
  }, [session.id]);

  /** Each keystroke goes to storage at once: a popup closed right after typing loses nothing. */
  const type = (field: CallTextField, text: string) => {
    (field === 'notes' ? setNotes : setNextStep)(text);
    lastWrite.current = writeCallText(session.id, field, text, viewId).catch((err: unknown) => setError(String(err)));
  };

  // While a Segue view is open the badge ticks every second; the background's alarm keeps it roughly right otherwise.
  useEffect(() => {
    if (session.running) void browser.action.setBadgeText({ text: badgeText(elapsed) }).catch(() => undefined);
  }, [Math.floor(elapsed / 1000), session.running]);

  const update = async (patch: Parameters<typeof send<'call.update'>>[1]) => {
    setError(null);
    try { await send('call.update', patch); } catch (err) { setError(err instanceof Error ? err.message : String(err)); }
  };

  const pickOutcome = async (outcome: string) => {
    setPickedOutcome(outcome);
    setError(null);
    try { await send('call.update', { patch: { outcome } }); } catch (err) {
      setPickedOutcome(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await lastWrite.current;
      // A call counts for the segment and script shown to the rep, when the call did not start with them.
      const context = {
        ...(!session.segmentId && insight?.focus ? { segmentId: insight.focus.id } : {}),
        ...(!session.templateId && script ? { templateId: script.templateId } : {}),
      };
      if (Object.keys(context).length) await send('call.update', { patch: context });
      const saved = await send('call.save', {});
      props.onDone(session.prospectId, saved.taskId ? t('callSavedWithFollowUp') : t('callSaved'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const discard = async () => {
    if (!confirmDiscard) { setConfirmDiscard(true); return; }
    await send('call.discard', {});
    props.onDone(session.prospectId, t('callDiscarded'));
  };

  return (
    <section class="stack" aria-labelledby="call-heading" data-testid="call-view">
      <div class="card stack call-card">
        <div class="row">
          <h2 id="call-heading" class="grow">{session.prospectName ? t('callWith', session.prospectName) : t('callHeading')}</h2>
          {session.prospectId && (
            <button type="button" class="btn ghost small" onClick={() => void update({ patch: { prospectId: '', prospectName: '' } })}>{t('change')}</button>
          )}
        </div>
        {session.phone && <a href={`tel:${session.phone}`} class="phone">{session.phone}</a>}
        <div class="row timer-row">
          <span class={`timer ${session.running ? 'running' : 'paused'}`} role="timer" aria-live="off" aria-label={t('callDuration')} data-testid="call-timer">
            {clockText(elapsed)}
          </span>
          <button type="button" class="btn" onClick={() => void update({ action: session.running ? 'pause' : 'resume' })} data-testid="call-toggle">
            {session.running ? t('pauseTimer') : t('resumeTimer')}
          </button>
        </div>
      </div>

      {scripts.length > 0 && (
        <section class="card stack" aria-labelledby="script-heading" data-testid="call-script">
          <div class="row">
            <h3 id="script-heading" class="grow">{t('callScript')}</h3>
            {scripts.length > 1 && (
              <select
                aria-label={t('callScriptChoice')}
                value={script?.templateId ?? ''}
                onChange={(e) => void update({ patch: { templateId: (e.currentTarget as HTMLSelectElement).value } })}
                style={{ width: 'auto' }}
              >
                {scripts.map((s) => <option key={s.templateId} value={s.templateId}>{s.templateName || t(`channel_${s.channel}`)}</option>)}
              </select>
            )}
          </div>
          {script && <p class="script-text">{script.body}</p>}
        </section>
      )}
      {insight?.focus && <TalkingPoints segmentName={insight.focus.name} points={insight.talkingPoints} compact />}
      {!session.prospectId && (
        <div class="card">
          <ProspectPicker onPick={(p) => void update({ patch: { prospectId: p.id, prospectName: p.fullName, ...(session.phone ? {} : p.phones[0] ? { phone: p.phones[0].number } : {}) } })} />
        </div>
      )}

      <fieldset class="card outcomes">
        <legend>{t('callOutcome')}</legend>
        <div class="outcome-grid">
          {outcomes.map((o) => (
            <label key={o.key} class={`outcome ${shownOutcome === o.key ? 'chosen' : ''}`}>
              <input type="radio" name="outcome" value={o.key} checked={shownOutcome === o.key} onChange={() => void pickOutcome(o.key)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div class="card stack">
        <label class="field">
          <span>{t('callNotes')}</span>
          <textarea rows={4} value={notes} onInput={(e) => type('notes', (e.currentTarget as HTMLTextAreaElement).value)} data-testid="call-notes" />
        </label>
        <label class="field">
          <span>{t('nextStep')}</span>
          <input value={nextStep} placeholder={t('nextStepPlaceholder')} onInput={(e) => type('nextStep', (e.currentTarget as HTMLInputElement).value)} data-testid="call-next-step" />
        </label>
        <label class="field">
          <span>{t('followUpAt')}</span>
          <input
            type="datetime-local"
            value={toLocalInput(session.followUpAt)}
            onChange={(e) => {
              const at = fromLocalInput((e.currentTarget as HTMLInputElement).value);
              void update({ patch: at === undefined ? { clearFollowUp: true } : { followUpAt: at } });
            }}
            data-testid="call-follow-up"
          />
        </label>
        <div class="row wrap" role="group" aria-label={t('quickFollowUp')}>
          {quickDates(Date.now()).map((q) => (
            <button key={q.key} type="button" class="btn small" onClick={() => void update({ patch: { followUpAt: q.at } })}>{t(q.key)}</button>
          ))}
          {session.followUpAt !== undefined && (
            <button type="button" class="btn small ghost" onClick={() => void update({ patch: { clearFollowUp: true } })}>{t('noFollowUp')}</button>
          )}
        </div>
      </div>


      {error && <p class="alert error" role="alert" data-testid="call-error">{error}</p>}
      <div class="review-actions">
        <button type="button" class="btn danger" onClick={() => void discard()} onBlur={() => setConfirmDiscard(false)}>
          {confirmDiscard ? t('discardCallConfirm') : t('discard')}
        </button>
        <button type="button" class="btn primary grow" onClick={() => void save()} disabled={saving} data-testid="call-save">
          {saving ? t('saving') : t('saveCall')}
        </button>
      </div>
    </section>
  );
}
