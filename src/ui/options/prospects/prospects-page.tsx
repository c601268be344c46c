// Prospects: search as you type, filter, sort, page (never every row), select and act in bulk.
import { useState } from 'preact/hooks';
import type { Segment } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { EmptyState } from '../shared/empty-state';
import { repos } from '../shared/repos';
import { useDebounced } from '../shared/use-debounced';
import { BulkActions } from './bulk-actions';
import { Pager } from './pager';
import { EMPTY_QUERY, hasFilters, loadProspectPage, PAGE_SIZE, type ProspectPage, type ProspectQuery } from './prospect-query';
import { ProspectsTable } from './prospects-table';
import { ProspectsToolbar } from './prospects-toolbar';
import { ReadyForSales } from './ready-for-sales';
import { HandoffsCard } from './handoffs-card';

export function ProspectsPage({ searchDelayMs = 150 }: { searchDelayMs?: number }) {
  const [query, setQuery] = useState<ProspectQuery>(EMPTY_QUERY);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const search = useDebounced(query.search, searchDelayMs);
  const effective = { ...query, search };
  const segments = useLiveQuery(() => repos.segments().list(), [], [] as Segment[]);
  const page = useLiveQuery<ProspectPage | undefined>(
    () => loadProspectPage(effective),
    [search, query.stage, query.seniority, query.segmentId, query.sortBy, query.offset],
    undefined,
  );

  const change = (patch: Partial<ProspectQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const toggle = (id: string) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const toggleAll = (select: boolean) => setSelected((s) => {
    const next = new Set(s);
    for (const p of page?.items ?? []) {
      if (select) next.add(p.id);
      else next.delete(p.id);
    }
    return next;
  });

  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('opt_nav_prospects')}</h1>
        <p class="muted">{t('opt_prospectsIntro')}</p>
      </header>
      <ReadyForSales segments={segments} />
      <HandoffsCard />
      <ProspectsToolbar query={query} segments={segments} onChange={change} />
      {selected.size > 0 && <BulkActions selected={[...selected]} onClear={() => setSelected(new Set())} />}
      {page === undefined ? (
        <p class="muted" role="status">{t('loading')}</p>
      ) : page.total === 0 ? (
        hasFilters(effective) ? (
          <EmptyState title={t('opt_noMatches')}>
            <p>{t('opt_noMatchesHint')}</p>
            <p><button type="button" class="btn small" onClick={() => setQuery(EMPTY_QUERY)}>{t('opt_clearFilters')}</button></p>
          </EmptyState>
        ) : (
          <EmptyState title={t('opt_noProspects')}>
            <p>{t('opt_noProspectsCapture')}</p>
            <p>{t('opt_noProspectsImport')} <a href="#/data">{t('opt_goToImport')}</a></p>
          </EmptyState>
        )
      ) : (
        <>
          <ProspectsTable items={page.items} segments={segments} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
          <Pager label={t('opt_prospectsPages')} offset={query.offset} pageSize={PAGE_SIZE} shown={page.items.length} total={page.total} capped={page.capped} onPage={(offset) => change({ offset })} />
        </>
      )}
    </div>
  );
}
