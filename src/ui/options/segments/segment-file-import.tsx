// Import a segment file: every segment is checked first (problems listed by field), then a preview of what it adds
// and changes; nothing is written until the rep confirms.
import { diffSegments, parseSegmentFile, type SegmentDiff } from '../../../domain/segments/segment-file';
import type { Segment } from '../../../domain/segments/segment-schema';
import type { ValidationIssue } from '../../../domain/validation';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { FieldIssues } from '../shared/field-issues';
import { formatNumber } from '../shared/format';
import { useAction, useToast } from '../shared/toast';
import { useFilePick } from '../shared/use-file-pick';

type Picked = { segments: Segment[]; diff: SegmentDiff } | { issues: ValidationIssue[] };

export function SegmentFileImport({ stored }: { stored: readonly Segment[] }) {
  const { picked, setPicked, inputKey, pick, close } = useFilePick<Picked>((text) => {
    const result = parseSegmentFile(text);
    return result.ok ? { segments: result.segments, diff: diffSegments(stored, result.segments) } : { issues: result.issues };
  });
  const { notify } = useToast();
  const act = useAction();

  const confirm = (segments: Segment[]) => act(async () => {
    const result = await send('segments.import', { segments });
    if (!result.ok) return setPicked({ issues: result.issues });
    notify({ message: t('opt_segmentsImported', formatNumber(result.added), formatNumber(result.changed), formatNumber(result.rematched)), kind: 'ok' });
    close();
  });

  return (
    <section class="card stack" aria-labelledby="segment-import-heading" data-testid="segment-import">
      <h2 id="segment-import-heading">{t('opt_importSegments')}</h2>
      <label class="field">
        <span>{t('opt_chooseSegmentFile')}</span>
        <input key={inputKey} type="file" accept=".json,application/json" onChange={(e) => void pick(e)} data-testid="segment-file" />
      </label>
      {picked && 'issues' in picked && <FieldIssues title={t('opt_segmentFileInvalid', formatNumber(picked.issues.length))} issues={picked.issues} testId="segment-file-issues" />}
      {picked && 'diff' in picked && <SegmentImportPreview diff={picked.diff} onConfirm={() => void confirm(picked.segments)} onCancel={close} />}
    </section>
  );
}

/** The editor's label of each field a segment import can change. */
const FIELD_LABELS: Record<string, string> = {
  name: 'opt_segmentName', description: 'opt_description', priority: 'opt_priority', threshold: 'opt_threshold',
  rules: 'opt_rulesHeading', talkingPoints: 'opt_talkingPoints', templates: 'opt_templates',
};

function SegmentImportPreview({ diff, onConfirm, onCancel }: { diff: SegmentDiff; onConfirm: () => void; onCancel: () => void }) {
  const writes = diff.added.length + diff.changed.length;
  const rows = [
    ...diff.added.map((s) => ({ segment: s, status: 'added' as const, fields: [] as string[] })),
    ...diff.changed.map((c) => ({ segment: c.after, status: 'changed' as const, fields: c.fields })),
    ...diff.unchanged.map((s) => ({ segment: s, status: 'unchanged' as const, fields: [] as string[] })),
  ];
  return (
    <div class="stack" data-testid="segment-import-preview">
      <p data-testid="segment-import-summary">{t('opt_segmentImportSummary', formatNumber(diff.added.length), formatNumber(diff.changed.length), formatNumber(diff.unchanged.length))}</p>
      <div class="table-wrap">
        <table class="data-table compact">
          <caption class="sr-only">{t('opt_importSegments')}</caption>
          <thead><tr><th scope="col">{t('opt_segmentName')}</th><th scope="col">{t('opt_segmentImportStatus')}</th><th scope="col">{t('opt_segmentImportFields')}</th></tr></thead>
          <tbody>
            {rows.map(({ segment, status, fields }) => (
              <tr key={segment.id} data-testid="segment-import-row">
                <th scope="row">{segment.name} <span class="muted small">({segment.id})</span></th>
                <td><span class={`badge${status === 'added' ? ' ok' : status === 'changed' ? ' warn' : ''}`}>{t(`opt_segmentImport_${status}`)}</span></td>
                <td class="muted small">{fields.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button type="button" class="btn primary" disabled={writes === 0} onClick={onConfirm} data-testid="segment-import-confirm">{t('opt_segmentImportConfirm', formatNumber(writes))}</button>
        <button type="button" class="btn ghost" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
