// The loop back, measured: what became of marketing's hand-offs per segment and per pack version (handed, accepted,
// returned with reasons, time to first call, meetings per hand-off, won, lost), and how each template's messages
// left Segue (copied, opened in the mail app, inserted). CSV export of the hand-off figures.
import { useEffect, useState } from 'preact/hooks';
import { toCsvText } from '../../../db/export/csv-export';
import { computeHandoffInsights, handoffInsightsCsvRows, type HandoffFigures, type HandoffInsights } from '../../../domain/handoff/handoff-insights';
import { returnReasonLabel, type ReturnReason } from '../../../domain/handoff';
import type { Stage } from '../../../domain/prospect';
import type { Insights } from '../../../domain/insights';
import { MESSAGE_ACTIONS } from '../../../domain/messages/outgoing';
import { t } from '../../shared/i18n';
import { datedFileName, downloadText } from '../shared/download';
import { errorMessage, formatNumber } from '../shared/format';
import { repos } from '../shared/repos';

async function loadHandoffInsights(from: number | undefined): Promise<{ insights: HandoffInsights; reasons: ReturnReason[] }> {
  const db = repos.db();
  const handoffs = await db.handoffs.toArray();
  const prospectIds = [...new Set(handoffs.map((h) => h.prospectId))];
  const [rows, calls, segments, reasons] = await Promise.all([
    db.prospects.bulkGet(prospectIds),
    db.calls.where('prospectId').anyOf(prospectIds).toArray(),
    repos.segments().list(),
    repos.settings().get('returnReasons'),
  ]);
  const stages = new Map<string, Stage>(rows.flatMap((r) => (r ? [[r.id, r.stage] as const] : [])));
  return { insights: computeHandoffInsights({ handoffs, calls, stages, segments, ...(from !== undefined ? { from } : {}) }), reasons };
}

/** Median hours to first call, as hours under two days and days above. */
export const hours = (h: number | undefined) => (h === undefined ? '–' : h < 48 ? t('handoff_hours', String(h)) : t('handoff_days', String(Math.round((h / 24) * 10) / 10)));

function FiguresRows({ rows, reasons, empty }: { rows: HandoffFigures[]; reasons: ReturnReason[]; empty: string }) {
  return (
    <>
      {rows.map((f) => (
        <tr key={f.key} data-testid="handoff-insights-row">
          <th scope="row">{f.label || empty}</th>
          <td class="num">{formatNumber(f.handed)}</td>
          <td class="num">{formatNumber(f.accepted)}</td>
          <td class="num">
            {formatNumber(f.returned)}
            {f.returned > 0 && (
              <span class="muted small" data-testid="handoff-insights-reasons">
                {' '}({Object.entries(f.reasons).sort((a, b) => b[1] - a[1]).map(([key, n]) => `${returnReasonLabel(key, reasons)} ${n}`).join(', ')})
              </span>
            )}
          </td>
          <td class="num">{hours(f.medianHoursToFirstCall)}</td>
          <td class="num">{f.meetingsPerHandoff}</td>
          <td class="num">{formatNumber(f.won)}</td>
          <td class="num">{formatNumber(f.lost)}</td>
        </tr>
      ))}
    </>
  );
}

function HandoffTable({ caption, rows, reasons, empty, testId }: { caption: string; rows: HandoffFigures[]; reasons: ReturnReason[]; empty: string; testId: string }) {
  return (
    <div class="table-wrap" tabIndex={0}>
      <table class="data-table compact figures" data-testid={testId}>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th><th scope="col" class="num">{t('handoff_colHanded')}</th><th scope="col" class="num">{t('handoff_colAccepted')}</th>
            <th scope="col" class="num">{t('handoff_colReturned')}</th><th scope="col" class="num">{t('handoff_colFirstCall')}</th><th scope="col" class="num">{t('handoff_colMeetingsPer')}</th>
            <th scope="col" class="num">{t('stage_won')}</th><th scope="col" class="num">{t('stage_lost')}</th>
          </tr>
        </thead>
        <tbody><FiguresRows rows={rows} reasons={reasons} empty={empty} /></tbody>
      </table>
    </div>
  );
}

export function HandoffInsightsSection({ from, version, insights }: { from: number | undefined; version: number; insights: Insights }) {
  const [data, setData] = useState<{ insights: HandoffInsights; reasons: ReturnReason[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadHandoffInsights(from).then((d) => { if (!cancelled) setData(d); }).catch((err: unknown) => { if (!cancelled) setError(errorMessage(err)); });
    return () => { cancelled = true; };
  }, [from, version]);
  const exportCsv = () => {
    if (!data) return;
    const rows = handoffInsightsCsvRows(data.insights, (key) => returnReasonLabel(key, data.reasons));
    downloadText(datedFileName('segue-handoff-insights', 'csv'), `${toCsvText(rows)}\r\n`, 'text/csv;charset=utf-8');
  };
  const messaged = insights.templates.filter((tpl) => tpl.messagesSent > 0);
  return (
    <>
      <section class="card stack" aria-labelledby="handoff-insights-heading" data-testid="handoff-insights">
        <div class="row wrap">
          <h2 id="handoff-insights-heading" class="grow">{t('handoff_insightsTitle')}</h2>
          <button type="button" class="btn small" onClick={exportCsv} disabled={!data || data.insights.totals.handed === 0} data-testid="handoff-insights-export">{t('handoff_insightsExport')}</button>
        </div>
        {error && <p class="alert error" role="alert">{error}</p>}
        {data && data.insights.totals.handed === 0 && <p class="muted">{t('handoff_insightsEmpty')}</p>}
        {data && data.insights.totals.handed > 0 && (
          <>
            <HandoffTable caption={t('handoff_perSegment')} rows={[data.insights.totals, ...data.insights.segments].map((f) => (f.key === 'all' ? { ...f, label: t('handoff_allHandoffs') } : f))} reasons={data.reasons} empty={t('opt_noSegment')} testId="handoff-insights-segments" />
            <HandoffTable caption={t('handoff_perPack')} rows={data.insights.packs} reasons={data.reasons} empty={t('handoff_noPack')} testId="handoff-insights-packs" />
            <p class="muted small">{t('handoff_insightsCaption')}</p>
          </>
        )}
      </section>
      {messaged.length > 0 && (
        <section class="card stack" aria-labelledby="message-actions-heading" data-testid="message-actions">
          <h2 id="message-actions-heading">{t('handoff_messagesPerTemplate')}</h2>
          <div class="table-wrap" tabIndex={0}>
            <table class="data-table compact figures" data-testid="message-actions-table">
              <thead>
                <tr><th scope="col">{t('opt_perTemplate')}</th>{MESSAGE_ACTIONS.map((a) => <th key={a} scope="col" class="num">{t(`handoff_action_${a}`)}</th>)}</tr>
              </thead>
              <tbody>
                {messaged.map((tpl) => (
                  <tr key={`${tpl.segmentId}/${tpl.templateId}`}>
                    <th scope="row">{tpl.name}{tpl.segmentName ? <span class="muted small"> · {tpl.segmentName}</span> : null}</th>
                    {MESSAGE_ACTIONS.map((a) => <td key={a} class="num">{formatNumber(tpl.messagesByAction[a])}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}


