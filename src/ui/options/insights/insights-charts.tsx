// The two charts the rep's own insights and the team's share: connect rate per segment, calls and connects per week.
import type { WeekFigures } from '../../../domain/insights';
import { t } from '../../shared/i18n';
import { formatDate } from '../shared/format';
import { BarChart, themeColor } from './bar-chart';

export function ConnectRateChart({ labels, rates, caption }: { labels: string[]; rates: number[]; caption: string }) {
  return (
    <figure class="chart-figure">
      <BarChart
        title={t('opt_chartConnectRate')}
        labels={labels}
        series={[{ label: t('opt_colConnectRate'), values: rates.map((r) => Math.round(r * 1000) / 10), color: themeColor('--accent', '#4f46e5') }]}
        formatValue={(v) => `${v}%`}
      />
      <figcaption class="muted small">{caption}</figcaption>
    </figure>
  );
}

export function CallsPerWeekChart({ weeks, caption }: { weeks: readonly WeekFigures[]; caption: string }) {
  return (
    <figure class="chart-figure">
      <BarChart
        title={t('opt_chartWeeks')}
        labels={weeks.map((w) => formatDate(w.weekStart))}
        series={[
          { label: t('opt_calls'), values: weeks.map((w) => w.calls), color: themeColor('--accent', '#4f46e5') },
          { label: t('opt_colConnects'), values: weeks.map((w) => w.connects), color: themeColor('--ok', '#0f8a5f') },
        ]}
      />
      <figcaption class="muted small">{caption}</figcaption>
    </figure>
  );
}
