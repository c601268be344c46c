// Insights by pack version: calls logged with a pack's segment, per pack, version and segment.
import { useEffect, useState } from 'preact/hooks';
import { packVersionFigures, type PackVersionFigures } from '../../../domain/packs/pack-insights';
import { t } from '../../shared/i18n';
import { formatNumber, formatPercent } from '../shared/format';
import { repos } from '../shared/repos';

async function load(from: number | undefined): Promise<{ rows: PackVersionFigures[]; names: Map<string, string>; segments: Map<string, string> }> {
  const db = repos.db();
  const [outcomes, packs, segments] = await Promise.all([repos.settings().get('callOutcomes'), db.packs.toArray(), db.segments.toArray()]);
  const calls = await (from === undefined ? db.calls.toCollection() : db.calls.where('startedAt').aboveOrEqual(from)).filter((c) => Boolean(c.packId)).toArray();
  return {
    rows: packVersionFigures(calls, outcomes),
    names: new Map(packs.map((p) => [p.id, p.current.name])),
    segments: new Map(segments.map((s) => [s.id, s.name])),
  };
}

export function PackVersionInsights({ from, refresh }: { from: number | undefined; refresh: number }) {
  const [data, setData] = useState<Awaited<ReturnType<typeof load>> | null>(null);
  useEffect(() => {
    let cancelled = false;
    void load(from).then((result) => { if (!cancelled) setData(result); });
    return () => { cancelled = true; };
  }, [from, refresh]);
  if (!data?.rows.length) return null;
  return (
    <section class="card stack" aria-labelledby="per-pack-heading">
      <h2 id="per-pack-heading">{t('packs_insightsHeading')}</h2>
      <p class="muted">{t('packs_insightsIntro')}</p>
      <div class="table-wrap" tabIndex={0}>
        <table class="data-table compact" data-testid="insights-pack-versions">
          <caption class="sr-only">{t('packs_insightsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packs_insightsPack')}</th><th scope="col">{t('packs_insightsVersion')}</th><th scope="col">{t('packs_insightsSegment')}</th>
              <th scope="col" class="num">{t('opt_calls')}</th><th scope="col" class="num">{t('opt_colConnectRate')}</th><th scope="col" class="num">{t('opt_colMeetings')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={`${r.packId}-${r.version}-${r.segmentId}`} data-testid="pack-version-row">
                <th scope="row">{data.names.get(r.packId) ?? r.packId}</th>
                <td>{r.version}</td>
                <td>{data.segments.get(r.segmentId) ?? r.segmentId}</td>
                <td class="num">{formatNumber(r.calls)}</td>
                <td class="num">{formatPercent(r.connectRate)}</td>
                <td class="num">{formatNumber(r.meetings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
