// Logging a call made earlier (when, how long, outcome, notes), or correcting a logged one. The background
// validates and writes; the prospect's timeline and the insights follow.
import { useState } from 'preact/hooks';
import type { Call, CallOutcomeOption } from '../../../domain/calls';
import { formatDuration, parseDuration } from '../../../domain/calls';
import type { ProspectRecord } from '../../../db/database';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { errorMessage, fromDateTimeLocal, toDateTimeLocal } from '../shared/format';
import { repos } from '../shared/repos';
import { TextField } from '../shared/text-field';
import { useToast } from '../shared/toast';

function ProspectSearch({ onPick }: { onPick: (p: ProspectRecord) => void }) {
  const [query, setQuery] = useState('');
  const results = useLiveQuery((signal) => (query.trim() ? repos.prospects().search(query, { limit: 6, signal }) : Promise.resolve([])), [query], [] as ProspectRecord[]);
  return (
    <div class="stack span-2">
      <TextField label={t('opt_callWho')} type="search" value={query} onInput={setQuery} placeholder={t('opt_callWhoPlaceholder')} testId="call-form-prospect-search" />
      {results.length > 0 && (
        <ul class="pick-list">
          {results.map((p) => (
            <li key={p.id}>
              <button type="button" class="btn small ghost" onClick={() => onPick(p)}>
                <strong>{p.fullName}</strong> <span class="muted">{[p.title, p.company].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `call` to edit one; otherwise a new call for `prospectId` (or one the rep picks). */
export function CallForm(props: { call?: Call; prospectId?: string; onClose: () => void }) {
  const { call } = props;
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), [], [] as CallOutcomeOption[]);
  const [prospect, setProspect] = useState<{ id: string; name: string } | null>(null);
  const [when, setWhen] = useState(() => toDateTimeLocal(call?.startedAt ?? Date.now()));
  const [duration, setDuration] = useState(call ? formatDuration(call.durationSec) : '');
  const [outcome, setOutcome] = useState(call?.outcome ?? '');
  const [notes, setNotes] = useState(call?.notes ?? '');
  const [nextStep, setNextStep] = useState(call?.nextStep ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { notify } = useToast();
  const prospectId = call?.prospectId ?? props.prospectId ?? prospect?.id;

  const submit = async (e: Event) => {
    e.preventDefault();
    const startedAt = fromDateTimeLocal(when);
    const durationSec = parseDuration(duration);
    const found: Record<string, string> = {};
    if (!prospectId) found.prospect = t('opt_errCallProspect');
    if (startedAt === undefined) found.when = t('opt_errDate');
    if (durationSec === null) found.duration = t('opt_errCallDuration');
    if (!outcome) found.outcome = t('opt_errCallOutcome');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const fields = { startedAt: startedAt!, durationSec: durationSec!, outcome, notes: notes.trim(), nextStep: nextStep.trim() };
      if (call) await send('calls.update', { id: call.id, patch: fields });
      else await send('calls.log', { prospectId: prospectId!, ...fields });
      notify({ message: call ? t('opt_callUpdated') : t('opt_callLogged'), kind: 'ok' });
      props.onClose();
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card stack call-form" onSubmit={submit} noValidate data-testid="call-form" aria-label={call ? t('opt_editCall') : t('opt_logPastCall')}>
      <h2>{call ? t('opt_editCall') : t('opt_logPastCall')}</h2>
      <div class="form-grid">
        {!call && !props.prospectId && (prospect
          ? <p class="span-2">{t('opt_callWith', prospect.name)} <button type="button" class="btn small ghost" onClick={() => setProspect(null)}>{t('change')}</button></p>
          : <ProspectSearch onPick={(p) => setProspect({ id: p.id, name: p.fullName })} />)}
        {errors.prospect && <p class="field-error span-2" role="alert">{errors.prospect}</p>}
        <TextField label={t('opt_callWhen')} type="datetime-local" value={when} onInput={setWhen} error={errors.when} testId="call-form-when" />
        <TextField label={t('opt_callDuration')} value={duration} onInput={setDuration} error={errors.duration} hint={t('opt_callDurationHint')} testId="call-form-duration" />
        <div class="form-field">
          <label for="call-form-outcome">{t('opt_colOutcome')}</label>
          <select id="call-form-outcome" value={outcome} onChange={(e) => setOutcome((e.currentTarget as HTMLSelectElement).value)} aria-invalid={errors.outcome ? true : undefined} data-testid="call-form-outcome">
            <option value="">{t('opt_pickOutcome')}</option>
            {outcomes.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </select>
          {errors.outcome && <span class="field-error" role="alert">{errors.outcome}</span>}
        </div>
        <TextField label={t('opt_colNextStep')} value={nextStep} onInput={setNextStep} testId="call-form-next-step" />
        <TextField label={t('opt_colNotes')} multiline rows={3} value={notes} onInput={setNotes} class="span-2" testId="call-form-notes" />
      </div>
      {errors.form && <p class="alert error" role="alert">{errors.form}</p>}
      <div class="row">
        <button type="submit" class="btn primary" disabled={busy} data-testid="call-form-save">{call ? t('opt_save') : t('opt_logCall')}</button>
        <button type="button" class="btn ghost" onClick={props.onClose}>{t('cancel')}</button>
      </div>
    </form>
  );
}

/** Edit and Delete (with Undo) for one logged call. */
export function CallActions({ call, onEdit }: { call: Call; onEdit: () => void }) {
  const { notify } = useToast();
  const remove = async () => {
    try {
      const { undo } = await send('calls.delete', { id: call.id });
      notify({ message: t('opt_callDeleted'), undo: () => send('calls.restore', { undo }) });
    } catch (err) {
      notify({ message: errorMessage(err), kind: 'error' });
    }
  };
  return (
    <div class="row nowrap call-actions">
      <button type="button" class="btn small" onClick={onEdit} data-testid="call-edit">{t('opt_edit')}</button>
      <button type="button" class="btn small ghost" onClick={() => void remove()} data-testid="call-delete">{t('opt_delete')}</button>
    </div>
  );
}
