// Team insights: the calls every rep of the team reported (team activity from team sync), per segment and per
// template, with the same table and CSV as the rep's own figures. Prospects stay on each rep's machine, so only
// calls, connects and meetings are counted here. Shown only when the team has reported something.
import { computeInsights, insightsCsvRows, type InsightsCall } from '../../../domain/insights';
import type { CallOutcome } from '../../../domain/calls';
import { toCsvText } from '../../../db/export/csv-export';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { datedFileName, downloadText } from '../shared/download';
import { formatNumber, formatPercent } from '../shared/format';
import { repos } from '../shared/repos';
import { FiguresTable } from './figures-table';

async function loadTeamInsights(from: number | undefined) {
  const db = repos.db();
  const rows = from === undefined ? await db.teamActivity.toArray() : await db.teamActivity.where('at').aboveOrEqual(from).toArray();
  const calls = rows.filter((r) => r.kind === 'call');
  if (calls.length === 0) return null;
  const [segments, outcomes] = await Promise.all([repos.segments().list(), repos.settings().get('callOutcomes')]);
  const asCalls: InsightsCall[] = calls.map((r) => ({
    prospectId: r.id, outcome: (r.outcome ?? '') as CallOutcome, startedAt: r.at, durationSec: 0,
    ...(r.segmentId ? { segmentId: r.segmentId } : {}), ...(r.templateId ? { templateId: r.templateId } : {}),
  }));
  return { insights: computeInsights([], asCalls, { segments, outcomes }), reps: new Set(calls.map((r) => r.user)).size };
}

export function TeamInsights({ from }: { from: number | undefined }) {
  const data = useLiveQuery(() => loadTeamInsights(from), [from]);
  if (!data) return null;
  const { insights, reps } = data;
  const exportCsv = () => downloadText(datedFileName('segue-team-insights', 'csv'), `${toCsvText(insightsCsvRows(insights))}\r\n`, 'text/csv;charset=utf-8');
  return (
    <section class="card stack" aria-labelledby="team-insights-heading" data-testid="team-insights">
      <div class="row">
        <h2 id="team-insights-heading" class="grow">{t('team_insights')}</h2>
        <button type="button" class="btn" onClick={exportCsv} data-testid="team-insights-export">{t('opt_exportFigures')}</button>
      </div>
      <p class="muted">{t('team_insightsHint')}</p>
      <p data-testid="team-insights-totals">{t('team_insightsTotals', formatNumber(insights.totals.calls), formatNumber(reps), insights.totals.calls ? formatPercent(insights.totals.connectRate) : '–', formatNumber(insights.totals.meetings))}</p>
      <FiguresTable rows={insights.segments.filter((s) => s.calls > 0).map((r) => ({ ...r, kind: 'segment' as const }))} caption={t('team_insights')} testId="team-insights-segments" />
    </section>
  );
}
