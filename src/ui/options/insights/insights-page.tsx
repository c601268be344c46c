// Insights for marketing: per segment and template — prospects, calls, connect rate, meetings, stages — with charts.
import { useEffect, useState } from 'preact/hooks';
import { toCsvText } from '../../../db/export/csv-export';
import { insightsCsvRows, UNATTRIBUTED, type Insights } from '../../../domain/insights';
import { t } from '../../shared/i18n';
import { datedFileName, downloadText } from '../shared/download';
import { EmptyState } from '../shared/empty-state';
import { errorMessage, formatNumber, formatPercent } from '../shared/format';
import { CallsPerWeekChart, ConnectRateChart } from './insights-charts';
import { FiguresTable } from './figures-table';
import { TeamInsights } from './team-insights';
import { loadInsights } from './load-insights';
import { HandoffInsightsSection } from './handoff-insights';
import { PackVersionInsights } from './pack-version-insights';

const DAY = 86_400_000;
const RANGES = [
  { key: '30', days: 30 },
  { key: '90', days: 90 },
  { key: '365', days: 365 },
  { key: 'all', days: undefined },
] as const;

export function InsightsPage() {
  const [range, setRange] = useState<(typeof RANGES)[number]['key']>('90');
  const [insights, setInsights] = useState<Insights | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  // One start of the period per range and refresh, so the hand-off and pack figures cover the same period as the rest.
  const [from, setFrom] = useState<number | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const days = RANGES.find((r) => r.key === range)?.days;
    setLoading(true);
    setError(null);
    const start = days === undefined ? undefined : Date.now() - days * DAY;
    setFrom(start);
    loadInsights(start)
      .then((result) => { if (!cancelled) setInsights(result); })
      .catch((err: unknown) => { if (!cancelled) setError(errorMessage(err)); })
      .finally(() => { if (!cancelled) setLoading(false); });
    return () => { cancelled = true; };
  }, [range, version]);

  const exportCsv = () => {
    if (!insights) return;
    downloadText(datedFileName('segue-insights', 'csv'), `${toCsvText(insightsCsvRows(insights))}\r\n`, 'text/csv;charset=utf-8');
  };

  const segmentRows = insights?.segments.filter((s) => s.segmentId !== UNATTRIBUTED || s.calls > 0) ?? [];
  const withCalls = segmentRows.filter((s) => s.calls > 0);
  return (
    <div class="page">
      <header class="page-header row wrap">
        <div class="grow">
          <h1>{t('opt_nav_insights')}</h1>
          <p class="muted">{t('opt_insightsIntro')}</p>
        </div>
        <label class="field">
          <span>{t('opt_period')}</span>
          <select value={range} onChange={(e) => setRange((e.currentTarget as HTMLSelectElement).value as typeof range)} data-testid="insights-range">
            {RANGES.map((r) => <option key={r.key} value={r.key}>{t(`opt_range_${r.key}`)}</option>)}
          </select>
        </label>
        <button type="button" class="btn" onClick={() => setVersion((v) => v + 1)} disabled={loading}>{t('opt_refresh')}</button>
        <button type="button" class="btn" onClick={exportCsv} disabled={!insights} data-testid="insights-export">{t('opt_exportFigures')}</button>
      </header>
      {error && <p class="alert error" role="alert">{error}</p>}
      {loading && !insights && <p class="muted" role="status"><span class="spinner" aria-hidden="true" /> {t('opt_computing')}</p>}
      {insights && (
        <div class="stack-lg">
          <div class="stat-grid" data-testid="insights-totals">
            <div class="stat card"><span class="stat-value">{formatNumber(insights.totals.prospects)}</span><span class="muted">{t('opt_nav_prospects')}</span></div>
            <div class="stat card"><span class="stat-value">{formatNumber(insights.totals.calls)}</span><span class="muted">{t('opt_calls')}</span></div>
            <div class="stat card"><span class="stat-value">{insights.totals.calls ? formatPercent(insights.totals.connectRate) : '–'}</span><span class="muted">{t('opt_colConnectRate')}</span></div>
            <div class="stat card"><span class="stat-value">{formatNumber(insights.totals.meetings)}</span><span class="muted">{t('opt_colMeetings')}</span></div>
            <div class="stat card"><span class="stat-value" data-testid="insights-messages-sent">{formatNumber(insights.totals.messagesSent)}</span><span class="muted">{t('opt_colMessagesSent')}</span></div>
          </div>
          {insights.totals.calls === 0 && (
            <EmptyState title={t('opt_noCallsYet')}><p>{t('opt_noCallsInsightsHint')}</p></EmptyState>
          )}
          {withCalls.length > 0 && (
            <section class="card stack" aria-labelledby="chart-connect-heading">
              <h2 id="chart-connect-heading">{t('opt_chartConnectRate')}</h2>
              <ConnectRateChart labels={withCalls.map((s) => (s.segmentId === UNATTRIBUTED ? t('opt_noSegment') : s.name))}
                rates={withCalls.map((s) => s.connectRate)} caption={t('opt_chartConnectRateCaption')} />
            </section>
          )}
          {insights.weeks.length > 0 && (
            <section class="card stack" aria-labelledby="chart-weeks-heading">
              <h2 id="chart-weeks-heading">{t('opt_chartWeeks')}</h2>
              <CallsPerWeekChart weeks={insights.weeks} caption={t('opt_chartWeeksCaption')} />
            </section>
          )}
          <HandoffInsightsSection from={from} version={version} insights={insights} />
          <section class="card stack" aria-labelledby="per-segment-heading">
            <h2 id="per-segment-heading">{t('opt_perSegment')}</h2>
            {segmentRows.length ? <FiguresTable rows={segmentRows.map((r) => ({ ...r, kind: 'segment' as const }))} caption={t('opt_perSegment')} testId="insights-segments" />
              : <p class="muted">{t('opt_noSegmentsYet')}</p>}
          </section>
          <PackVersionInsights from={from} refresh={version} />
          <TeamInsights from={from} />
          <section class="card stack" aria-labelledby="per-template-heading">
            <h2 id="per-template-heading">{t('opt_perTemplate')}</h2>
            {insights.templates.length ? <FiguresTable rows={insights.templates.map((r) => ({ ...r, kind: 'template' as const }))} caption={t('opt_perTemplate')} testId="insights-templates" />
              : <p class="muted">{t('opt_noTemplateCalls')}</p>}
          </section>
        </div>
      )}
    </div>
  );
}
