// #/segments/<id> (or #/segments/new): loads the segment once, then hands it to the editor.
import type { Segment } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { useTemplateSender } from '../../shared/use-sender';
import { EmptyState } from '../shared/empty-state';
import { repos } from '../shared/repos';
import { blankSegment } from './segment-draft';
import { SegmentEditor } from './segment-editor';

export const NEW_SEGMENT_ID = 'new';

export function SegmentEditorPage({ id }: { id: string }) {
  const isNew = id === NEW_SEGMENT_ID;
  const segment = useLiveQuery<Segment | null | undefined>(async () => (isNew ? null : (await repos.segments().get(id)) ?? null), [id], undefined);
  const ids = useLiveQuery(async () => (await repos.segments().list()).map((s) => s.id), [], undefined as string[] | undefined);
  const sender = useTemplateSender();

  // Right after navigating to another segment (Duplicate, Edit a copy) the query still holds the previous one.
  const stale = !isNew && segment && segment.id !== id;
  if ((!isNew && segment === undefined) || stale || ids === undefined) return <div class="page"><p class="muted" role="status">{t('loading')}</p></div>;
  if (!isNew && !segment) {
    return (
      <div class="page">
        <h1>{t('opt_segmentMissing')}</h1>
        <EmptyState title={t('opt_segmentMissingHint')}><p><a href="#/segments">{t('opt_backToSegments')}</a></p></EmptyState>
      </div>
    );
  }
  return <SegmentEditor key={id} initial={segment ?? blankSegment()} isNew={isNew} takenIds={ids} sender={sender ?? {}} />;
}
