// Segments: name, priority, threshold and how many prospects each matches; create, open, reset to the starter set,
// export the selected ones to a file or as a pack, import a segment file or a pack, and manage the installed packs.
import { useState } from 'preact/hooks';
import { segmentFile, segmentFileName } from '../../../domain/segments/segment-file';
import type { Segment } from '../../../domain/segments/segment-schema';
import { send } from '../../../messaging/client';
import { t, tn } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { ConfirmButton } from '../shared/confirm-button';
import { EmptyState } from '../shared/empty-state';
import { formatNumber } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { downloadText } from '../shared/download';
import { NEW_SEGMENT_ID } from './segment-editor-page';
import { SegmentFileImport } from './segment-file-import';
import { InstalledPacks } from './installed-packs';
import { PackBadge } from './pack-badge';
import { PackExport } from './pack-export';
import { PackImport } from './pack-import';

interface SegmentRow {
  segment: Segment;
  members: number;
}

async function loadRows(): Promise<SegmentRow[]> {
  const segments = await repos.segments().list();
  const db = repos.db();
  return Promise.all(segments.map(async (segment) => ({ segment, members: await db.prospects.where('segmentIds').equals(segment.id).count() })));
}

export function SegmentsPage() {
  const rows = useLiveQuery(loadRows, []);
  const packs = useLiveQuery(() => repos.db().packs.toArray(), []);
  const [exportingPack, setExportingPack] = useState(false);
  const { notify } = useToast();
  const act = useAction();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setSelected((now) => {
    const next = new Set(now);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const chosen = (rows ?? []).filter((r) => selected.has(r.segment.id)).map((r) => r.segment);
  const allSelected = rows !== undefined && rows.length > 0 && chosen.length === rows.length;
  const exportSelected = () => {
    const now = Date.now();
    downloadText(segmentFileName(now), JSON.stringify(segmentFile(chosen, now), null, 2), 'application/json');
  };

  const reset = () => act(async () => {
    const { segments, rematched } = await send('segments.resetStarter', {});
    notify({ message: t('opt_resetDone', tn('count_segments', segments), tn('count_prospects', rematched)), kind: 'ok' });
  });

  return (
    <div class="page">
      <header class="page-header row wrap">
        <div class="grow">
          <h1>{t('opt_nav_segments')}</h1>
          <p class="muted">{t('opt_segmentsIntro')}</p>
        </div>
        <button type="button" class="btn" disabled={chosen.length === 0} onClick={exportSelected} data-testid="export-segments">{t('opt_exportSelected', formatNumber(chosen.length))}</button>
        <button type="button" class="btn" disabled={chosen.length === 0} onClick={() => setExportingPack(true)} data-testid="export-pack">{t('packs_exportButton', formatNumber(chosen.length))}</button>
        <a class="btn primary" href={routeHref({ name: 'segment', id: NEW_SEGMENT_ID })} data-testid="new-segment">{t('opt_newSegment')}</a>
        <ConfirmButton label={t('opt_resetStarter')} question={t('opt_resetStarterQuestion')} confirmLabel={t('opt_resetStarterConfirm')} danger onConfirm={() => void reset()} testId="reset-starter" />
      </header>
      {exportingPack && chosen.length > 0 && <PackExport key={[...selected].join()} segments={chosen} onClose={() => setExportingPack(false)} />}
      {rows === undefined ? <p class="muted" role="status">{t('loading')}</p> : rows.length === 0 ? (
        <EmptyState title={t('opt_noSegments')}><p>{t('opt_noSegmentsHint')}</p></EmptyState>
      ) : (
        <div class="table-wrap" tabIndex={0}>
          <table class="data-table" data-testid="segments-table">
            <caption class="sr-only">{t('opt_nav_segments')}</caption>
            <thead>
              <tr>
                <th scope="col" class="check-col">
                  <input type="checkbox" aria-label={t('opt_selectAllSegments')} checked={allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.segment.id)))} data-testid="select-all-segments" />
                </th>
                <th scope="col">{t('opt_segmentName')}</th>
                <th scope="col">{t('packs_column')}</th>
                <th scope="col" class="num">{t('opt_priority')}</th>
                <th scope="col" class="num">{t('opt_colThreshold')}</th>
                <th scope="col" class="num">{t('opt_colMatched')}</th>
                <th scope="col" class="num">{t('opt_templates')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ segment, members }) => (
                <tr key={segment.id} data-testid="segment-row" class={selected.has(segment.id) ? 'selected' : undefined}>
                  <td class="check-col">
                    <input type="checkbox" aria-label={t('opt_selectSegment', segment.name)} checked={selected.has(segment.id)} onChange={() => toggle(segment.id)} data-testid="select-segment" />
                  </td>
                  <td>
                    <a class="strong-link" href={routeHref({ name: 'segment', id: segment.id })}>{segment.name}</a>
                    {segment.description && <div class="muted small clamp">{segment.description}</div>}
                  </td>
                  <td>{segment.pack ? <PackBadge pack={segment.pack} /> : <span class="muted small nowrap">{t('packs_localSegment')}</span>}</td>
                  <td class="num">{segment.priority}</td>
                  <td class="num">{segment.threshold}</td>
                  <td class="num">{formatNumber(members)}</td>
                  <td class="num">{segment.templates.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {packs !== undefined && <InstalledPacks packs={packs} />}
      {rows !== undefined && <PackImport />}
      {rows !== undefined && <SegmentFileImport stored={rows.map((r) => r.segment)} />}
    </div>
  );
}
