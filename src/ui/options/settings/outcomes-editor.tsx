// The call outcomes reps pick from: rename, reorder, mark as a connect, add; the defaults cannot be removed.
import { useState } from 'preact/hooks';
import { CALL_OUTCOMES, type CallOutcomeOption } from '../../../domain/calls';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { errorMessage } from '../shared/format';
import { useToast } from '../shared/toast';
import { useOnChange } from '../shared/use-on-change';

const DEFAULT_KEYS = new Set(CALL_OUTCOMES.map((o) => o.key));

function keyFor(label: string, taken: Set<string>): string {
  const stem = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 36) || 'outcome';
  let key = stem;
  for (let n = 2; taken.has(key); n++) key = `${stem}_${n}`;
  return key;
}

export function OutcomesEditor({ initial }: { initial: CallOutcomeOption[] }) {
  const [outcomes, setOutcomes] = useState(initial);
  const [newLabel, setNewLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  useOnChange(JSON.stringify(initial), () => setOutcomes(initial));

  const set = (i: number, patch: Partial<CallOutcomeOption>) => setOutcomes((list) => list.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const move = (i: number, by: number) => setOutcomes((list) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    return next;
  });
  const add = (e: Event) => {
    e.preventDefault();
    const label = newLabel.trim();
    if (!label) return;
    setOutcomes((list) => [...list, { key: keyFor(label, new Set(list.map((o) => o.key))), label, connect: false }]);
    setNewLabel('');
  };
  const save = async () => {
    setError(null);
    if (outcomes.some((o) => !o.label.trim())) {
      setError(t('opt_errOutcomeLabel'));
      return;
    }
    try {
      const { outcomes: saved } = await send('settings.setCallOutcomes', { outcomes });
      setOutcomes(saved);
      notify({ message: t('opt_settingsSaved'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section class="card stack" aria-labelledby="outcomes-heading" data-testid="outcomes-editor">
      <h2 id="outcomes-heading">{t('opt_callOutcomes')}</h2>
      <p class="muted">{t('opt_callOutcomesHint')}</p>
      <ol class="outcome-list">
        {outcomes.map((o, i) => (
          <li key={o.key} class="row wrap" data-testid="outcome">
            <label class="sr-only" for={`outcome-${o.key}`}>{t('opt_outcomeLabel', String(i + 1))}</label>
            <input id={`outcome-${o.key}`} class="grow" value={o.label} onInput={(e) => set(i, { label: (e.currentTarget as HTMLInputElement).value })} />
            <label class="checkbox">
              <input type="checkbox" checked={o.connect} onChange={(e) => set(i, { connect: (e.currentTarget as HTMLInputElement).checked })} />
              <span>{t('opt_countsAsConnect')}</span>
            </label>
            <button type="button" class="btn small ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('opt_moveOutcomeUp', o.label)}>↑</button>
            <button type="button" class="btn small ghost" disabled={i === outcomes.length - 1} onClick={() => move(i, 1)} aria-label={t('opt_moveOutcomeDown', o.label)}>↓</button>
            {DEFAULT_KEYS.has(o.key)
              ? <span class="badge" title={t('opt_defaultOutcomeHint')}>{t('opt_defaultOutcome')}</span>
              : <button type="button" class="btn small ghost danger" onClick={() => setOutcomes((list) => list.filter((_, j) => j !== i))} aria-label={t('opt_removeOutcome', o.label)}>{t('opt_remove')}</button>}
          </li>
        ))}
      </ol>
      <form class="row" onSubmit={add}>
        <label class="sr-only" for="new-outcome">{t('opt_newOutcome')}</label>
        <input id="new-outcome" value={newLabel} placeholder={t('opt_newOutcome')} onInput={(e) => setNewLabel((e.currentTarget as HTMLInputElement).value)} data-testid="new-outcome" />
        <button type="submit" class="btn small" disabled={!newLabel.trim()}>{t('opt_addOutcome')}</button>
      </form>
      {error && <p class="alert error" role="alert">{t('opt_saveFailed', error)}</p>}
      <div><button type="button" class="btn primary" onClick={() => void save()} data-testid="outcomes-save">{t('opt_saveOutcomes')}</button></div>
    </section>
  );
}
