// Call history: newest first, a page at a time, filterable by outcome.
import { useState } from 'preact/hooks';
import type { Call, CallOutcomeOption } from '../../../domain/calls';
import { formatDuration, outcomeLabel } from '../../../domain/calls';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { downloadCallsCsv } from '../data/backup-download';
import { Pager } from '../prospects/pager';
import { routeHref } from '../router';
import { EmptyState } from '../shared/empty-state';
import { formatDateTime } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction } from '../shared/toast';
import { CallActions, CallForm } from './call-form';

const PAGE = 50;

interface CallsPageData {
  items: Call[];
  total: number;
  names: Map<string, string>;
}

async function loadCalls(outcome: string, offset: number): Promise<CallsPageData> {
  const db = repos.db();
  let collection = db.calls.orderBy('startedAt').reverse();
  if (outcome) collection = collection.filter((c) => c.outcome === outcome);
  const [items, total] = await Promise.all([
    collection.clone().offset(offset).limit(PAGE).toArray(),
    outcome ? db.calls.where('outcome').equals(outcome).count() : db.calls.count(),
  ]);
  const prospects = await db.prospects.bulkGet([...new Set(items.map((c) => c.prospectId))]);
  return { items, total, names: new Map(prospects.filter((p) => p).map((p) => [p!.id, p!.fullName])) };
}

export function CallsPage() {
  const [outcome, setOutcome] = useState('');
  const [offset, setOffset] = useState(0);
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), [], [] as CallOutcomeOption[]);
  const data = useLiveQuery(() => loadCalls(outcome, offset), [outcome, offset]);
  const act = useAction();
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <div class="page">
      <header class="page-header row wrap">
        <div class="grow">
          <h1>{t('opt_nav_calls')}</h1>
          <p class="muted">{t('opt_callsIntro')}</p>
        </div>
        <label class="field">
          <span>{t('opt_filterOutcome')}</span>
          <select value={outcome} onChange={(e) => { setOutcome((e.currentTarget as HTMLSelectElement).value); setOffset(0); }} data-testid="filter-outcome">
            <option value="">{t('opt_allOutcomes')}</option>
            {outcomes.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </select>
        </label>
        <button type="button" class="btn" onClick={() => void act(downloadCallsCsv)}>{t('opt_exportCallsCsv')}</button>
        <button type="button" class="btn primary" onClick={() => setLogging(true)} aria-expanded={logging} data-testid="log-past-call">{t('opt_logPastCall')}</button>
      </header>
      {logging && <CallForm onClose={() => setLogging(false)} />}
      {data === undefined ? <p class="muted" role="status">{t('loading')}</p> : data.total === 0 ? (
        <EmptyState title={outcome ? t('opt_noCallsWithOutcome') : t('opt_noCallsLogged')}><p>{t('opt_noCallsInsightsHint')}</p></EmptyState>
      ) : (
        <>
          <div class="table-wrap" tabIndex={0}>
            <table class="data-table" data-testid="calls-table">
              <caption class="sr-only">{t('opt_nav_calls')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('opt_colProspect')}</th>
                  <th scope="col">{t('opt_colWhen')}</th>
                  <th scope="col">{t('opt_colDuration')}</th>
                  <th scope="col">{t('opt_colOutcome')}</th>
                  <th scope="col">{t('opt_colNotes')}</th>
                  <th scope="col">{t('opt_colNextStep')}</th>
                  <th scope="col"><span class="sr-only">{t('opt_colActions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((c) => editing === c.id ? (
                  <tr key={c.id}><td colSpan={7}><CallForm call={c} onClose={() => setEditing(null)} /></td></tr>
                ) : (
                  <tr key={c.id} data-testid="call-row">
                    <td>{data.names.has(c.prospectId)
                      ? <a href={routeHref({ name: 'prospect', id: c.prospectId })}>{data.names.get(c.prospectId)}</a>
                      : <span class="muted">{t('opt_deletedProspect')}</span>}</td>
                    <td class="nowrap">{formatDateTime(c.startedAt)}</td>
                    <td>{formatDuration(c.durationSec)}</td>
                    <td><span class="badge">{outcomeLabel(c.outcome, outcomes.length ? outcomes : undefined)}</span></td>
                    <td class="notes-cell">{c.notes}</td>
                    <td>{c.nextStep ?? ''}{c.followUpAt ? <div class="muted small">{t('opt_dueAt', formatDateTime(c.followUpAt))}</div> : null}</td>
                    <td><CallActions call={c} onEdit={() => setEditing(c.id)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t('opt_callPages')} offset={offset} pageSize={PAGE} shown={data.items.length} total={data.total} onPage={setOffset} />
        </>
      )}
    </div>
  );
}
