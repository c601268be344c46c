// Figures per segment or per template, as a table (the accessible form of the charts).
import { STAGES } from '../../../domain/prospect';
import type { SegmentFigures, TemplateFigures } from '../../../domain/insights';
import { UNATTRIBUTED } from '../../../domain/insights';
import { t } from '../../shared/i18n';
import { channelLabel, formatNumber, formatPercent, stageLabel } from '../shared/format';

type Row = (SegmentFigures & { kind: 'segment' }) | (TemplateFigures & { kind: 'template' });

export function FiguresTable({ rows, caption, testId }: { rows: Row[]; caption: string; testId: string }) {
  const isTemplate = rows[0]?.kind === 'template';
  return (
    <div class="table-wrap" tabIndex={0}>
      <table class="data-table compact figures" data-testid={testId}>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{isTemplate ? t('opt_colTemplate') : t('opt_colSegment')}</th>
            {isTemplate && <th scope="col" class="num">{t('opt_colMessagesSent')}</th>}
            <th scope="col" class="num">{t('opt_nav_prospects')}</th>
            <th scope="col" class="num">{t('opt_calls')}</th>
            <th scope="col" class="num">{t('opt_colConnects')}</th>
            <th scope="col" class="num">{t('opt_colConnectRate')}</th>
            <th scope="col" class="num">{t('opt_colMeetings')}</th>
            {STAGES.map((s) => <th key={s} scope="col" class="num">{stageLabel(s)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = r.kind === 'template'
              ? `${r.name}${r.channel ? ` (${channelLabel(r.channel)})` : ''} · ${r.segmentId === UNATTRIBUTED ? t('opt_noSegment') : r.segmentName}`
              : r.segmentId === UNATTRIBUTED ? t('opt_noSegment') : r.name;
            return (
              <tr key={r.kind === 'template' ? `${r.segmentId}/${r.templateId}` : r.segmentId}>
                <th scope="row">{name}</th>
                {r.kind === 'template' && <td class="num" data-testid="messages-sent">{formatNumber(r.messagesSent)}</td>}
                <td class="num">{formatNumber(r.prospects)}</td>
                <td class="num">{formatNumber(r.calls)}</td>
                <td class="num">{formatNumber(r.connects)}</td>
                <td class="num">{r.calls ? formatPercent(r.connectRate) : '–'}</td>
                <td class="num">{formatNumber(r.meetings)}</td>
                {STAGES.map((s) => <td key={s} class="num">{formatNumber(r.stages[s])}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
