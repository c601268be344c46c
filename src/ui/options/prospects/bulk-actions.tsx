// What can be done to the selected prospects: stage, tag, CSV export, delete (with Undo).
import { useState } from 'preact/hooks';
import type { ProspectRecord } from '../../../db/database';
import { prospectCsvRow, PROSPECT_CSV_HEADERS, toCsvText } from '../../../db/export/csv-export';
import { NotesRepo } from '../../../db/notes-repo';
import { joinNotes } from '../../../domain/notes';
import { STAGES, type Stage } from '../../../domain/prospect';
import { send } from '../../../messaging/client';
import { t, tn } from '../../shared/i18n';
import { datedFileName, downloadText } from '../shared/download';
import { formatNumber, stageLabel } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';

export function BulkActions(props: { selected: string[]; onClear: () => void }) {
  const { notify } = useToast();
  const act = useAction();
  const [stage, setStage] = useState<Stage | ''>('');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const count = props.selected.length;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    await act(work);
    setBusy(false);
  };

  const applyStage = () => run(async () => {
    if (!stage) return;
    const { updated, undo } = await send('prospects.bulkUpdate', { ids: props.selected, change: { stage } });
    notify({ message: tn('count_bulkMoved', updated, stageLabel(stage)), undo: () => send('prospects.restore', { undo }) });
    setStage('');
  });

  const addTag = () => run(async () => {
    const clean = tag.trim();
    if (!clean) return;
    const { updated, undo } = await send('prospects.bulkUpdate', { ids: props.selected, change: { addTags: [clean] } });
    notify({ message: tn('count_bulkTagged', updated, clean), undo: () => send('prospects.restore', { undo }) });
    setTag('');
  });

  const exportSelected = () => run(async () => {
    const rows = (await Promise.all(props.selected.map((id) => repos.prospects().get(id)))).filter((p): p is ProspectRecord => Boolean(p));
    const notes = await Promise.all(rows.map(async (p) => joinNotes(await new NotesRepo(repos.db()).list(p.id))));
    const csv = toCsvText([[...PROSPECT_CSV_HEADERS], ...rows.map((p, i) => prospectCsvRow(p, notes[i] || p.notes))]);
    downloadText(datedFileName('segue-prospects-selected', 'csv'), `${csv}\r\n`, 'text/csv;charset=utf-8');
    notify({ message: tn('count_exported', rows.length), kind: 'ok' });
  });

  const remove = () => run(async () => {
    const { deleted, undo } = await send('prospects.bulkDelete', { ids: props.selected });
    props.onClear();
    notify({ message: tn('count_deleted', deleted), undo: () => send('prospects.restore', { undo }) });
  });

  return (
    <section class="bulk-bar" aria-label={t('opt_bulkActions')} data-testid="bulk-actions">
      <strong aria-live="polite">{t('opt_selectedCount', formatNumber(count))}</strong>
      <div class="row">
        <label class="sr-only" for="bulk-stage">{t('opt_bulkStageLabel')}</label>
        <select id="bulk-stage" value={stage} onChange={(e) => setStage((e.currentTarget as HTMLSelectElement).value as Stage | '')} data-testid="bulk-stage">
          <option value="">{t('opt_bulkStagePick')}</option>
          {STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
        </select>
        <button type="button" class="btn small" disabled={!stage || busy} onClick={applyStage} data-testid="bulk-stage-apply">{t('opt_apply')}</button>
      </div>
      <form class="row" onSubmit={(e) => { e.preventDefault(); void addTag(); }}>
        <label class="sr-only" for="bulk-tag">{t('opt_bulkTagLabel')}</label>
        <input id="bulk-tag" value={tag} placeholder={t('opt_bulkTagLabel')} onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} data-testid="bulk-tag" />
        <button type="submit" class="btn small" disabled={!tag.trim() || busy} data-testid="bulk-tag-apply">{t('opt_addTag')}</button>
      </form>
      <button type="button" class="btn small" disabled={busy} onClick={exportSelected} data-testid="bulk-export">{t('opt_exportSelected')}</button>
      <button type="button" class="btn small danger" disabled={busy} onClick={remove} data-testid="bulk-delete">{t('opt_deleteSelected')}</button>
      <button type="button" class="btn small ghost" onClick={props.onClear}>{t('opt_clearSelection')}</button>
    </section>
  );
}
