// "Import a pack": the file is checked field by field, then a preview of what it adds, changes and removes against the
// installed version (and which of the rep's own segments it takes the place of); nothing is written until confirmed.
import { diffPack, type PackDiff } from '../../../domain/packs/pack-diff';
import { parsePack, type SegmentPack } from '../../../domain/packs/pack';
import { packLabel } from '../../../domain/packs/pack-ref';
import type { Segment } from '../../../domain/segments/segment-schema';
import type { ValidationIssue } from '../../../domain/validation';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { FieldIssues } from '../shared/field-issues';
import { formatDate, formatNumber } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { useFilePick } from '../shared/use-file-pick';

type Picked = { pack: SegmentPack; diff: PackDiff; byPolicy: boolean } | { issues: ValidationIssue[] };

async function previewOf(pack: SegmentPack): Promise<{ diff: PackDiff; byPolicy: boolean }> {
  const db = repos.db();
  const [installed, stored, outcomes] = await Promise.all([db.packs.get(pack.id), db.segments.toArray(), repos.settings().get('callOutcomes')]);
  return { diff: diffPack(pack, { ...(installed ? { installed: installed.current } : {}), stored, outcomes }), byPolicy: installed?.source === 'policy' };
}

export function PackImport() {
  const { picked, inputKey, pick, close } = useFilePick<Picked>(async (text) => {
    const result = parsePack(text);
    return result.ok ? { pack: result.pack, ...(await previewOf(result.pack)) } : { issues: result.issues };
  });
  const { notify } = useToast();
  const act = useAction();

  const confirm = (pack: SegmentPack) => act(async () => {
    const { pack: installed, diff, rematched } = await send('packs.install', { pack });
    notify({ message: t('packs_installed', installed.current.name, installed.current.version, formatNumber(diff.added.length), formatNumber(diff.changed.length), formatNumber(diff.removed.length), formatNumber(rematched)), kind: 'ok' });
    close();
  });

  return (
    <section class="card stack" aria-labelledby="pack-import-heading" data-testid="pack-import">
      <h2 id="pack-import-heading">{t('packs_importHeading')}</h2>
      <label class="field">
        <span>{t('packs_choosePackFile')}</span>
        <input key={inputKey} type="file" accept=".json,application/json" onChange={(e) => void pick(e)} data-testid="pack-file" />
      </label>
      {picked && 'issues' in picked && <FieldIssues title={t('packs_fileInvalid', formatNumber(picked.issues.length))} issues={picked.issues} testId="pack-file-issues" />}
      {picked && 'diff' in picked && <PackPreview pack={picked.pack} diff={picked.diff} byPolicy={picked.byPolicy} onConfirm={() => void confirm(picked.pack)} onCancel={close} />}
    </section>
  );
}

function headline(pack: SegmentPack, diff: PackDiff): string {
  const published = formatDate(Date.parse(pack.publishedAt));
  switch (diff.kind) {
    case 'install': return t('packs_previewInstall', pack.name, pack.version, pack.publisher, published);
    case 'update': return t('packs_previewUpdate', pack.name, diff.from!, pack.version, pack.publisher, published);
    case 'older': return t('packs_previewOlder', pack.name, diff.from!, pack.version, pack.publisher, published);
    default: return t('packs_previewSame', pack.name, pack.version);
  }
}

const CONFIRM: Record<PackDiff['kind'], string> = { install: 'packs_confirmInstall', update: 'packs_confirmUpdate', older: 'packs_confirmOlder', same: 'packs_confirmSame' };

function PackPreview({ pack, diff, byPolicy, onConfirm, onCancel }: { pack: SegmentPack; diff: PackDiff; byPolicy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const rows: { segment: Segment; status: 'added' | 'changed' | 'removed' | 'unchanged'; fields: string[] }[] = [
    ...diff.added.map((segment) => ({ segment, status: 'added' as const, fields: [] })),
    ...diff.changed.map((c) => ({ segment: c.after, status: 'changed' as const, fields: c.fields })),
    ...diff.removed.map((segment) => ({ segment, status: 'removed' as const, fields: [] })),
    ...diff.unchanged.map((segment) => ({ segment, status: 'unchanged' as const, fields: [] })),
  ];
  const list = (keys: string[]) => (keys.length ? keys.join(', ') : t('packs_none'));
  return (
    <div class="stack" data-testid="pack-preview">
      <p><strong data-testid="pack-preview-headline">{headline(pack, diff)}</strong></p>
      {pack.releaseNotes && <p class="pre-wrap" data-testid="pack-release-notes-shown"><span class="muted">{t('packs_releaseNotesLabel')}</span> {pack.releaseNotes}</p>}
      <p data-testid="pack-preview-summary">{t('packs_previewSummary', formatNumber(diff.added.length), formatNumber(diff.changed.length), formatNumber(diff.removed.length), formatNumber(diff.unchanged.length))}</p>
      <div class="table-wrap">
        <table class="data-table compact">
          <caption class="sr-only">{t('packs_importHeading')}</caption>
          <thead><tr><th scope="col">{t('opt_segmentName')}</th><th scope="col">{t('opt_segmentImportStatus')}</th><th scope="col">{t('opt_segmentImportFields')}</th></tr></thead>
          <tbody>
            {rows.map(({ segment, status, fields }) => (
              <tr key={`${status}-${segment.id}`} data-testid="pack-preview-row" data-status={status}>
                <th scope="row">{segment.name} <span class="muted small">({segment.id})</span></th>
                <td><span class={`badge${status === 'added' ? ' ok' : status === 'changed' ? ' warn' : status === 'removed' ? ' danger' : ''}`}>{t(`packs_status_${status}`)}</span></td>
                <td class="muted small">{fields.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {diff.replacesLocal.map((s) => <p key={s.id} class="alert warn" data-testid="pack-replaces-local">{t('packs_replacesLocal', s.name)}</p>)}
      {diff.conflicts.map((c) => <p key={c.segment.id} class="alert error" role="alert" data-testid="pack-conflict">{t('packs_conflict', c.segment.name, packLabel(c.pack))}</p>)}
      {byPolicy && <p class="alert error" role="alert" data-testid="pack-policy-owned">{t('packs_policyOwned', pack.name)}</p>}
      {diff.outcomes && <p class="alert warn" data-testid="pack-outcomes-change">{t('packs_outcomesChange', list(diff.outcomes.added), list(diff.outcomes.removed), list(diff.outcomes.changed))}</p>}
      <div class="row">
        <button type="button" class="btn primary" disabled={diff.conflicts.length > 0 || byPolicy} onClick={onConfirm} data-testid="pack-import-confirm">{t(CONFIRM[diff.kind], pack.version)}</button>
        <button type="button" class="btn ghost" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
