// Team insights: what every rep reported through team sync, per segment, template and pack version, and per rep
// when the team's settings allow it: calls, connect rate, meetings, hand-offs accepted and returned, and the median
// time to first call after a hand-off. The counting is domain/team/team-insights.ts (which reuses the rep's own
// insights, the hand-off figures and the pack-version figures); this page loads the mirrored team tables into it.
// Shown only when the team has reported something.
import type { Handoff } from '../../../domain/handoff';
import { UNATTRIBUTED } from '../../../domain/insights';
import type { Stage } from '../../../domain/prospect';
import { memberLabel } from '../../../domain/team/team-members';
import type { TeamListDoc } from '../../../domain/team/team-docs';
import { computeTeamInsights, teamInsightsCsvRows, type TeamInsights as Figures } from '../../../domain/team/team-insights';
import type { HandoffFigures } from '../../../domain/handoff/handoff-insights';
import { toCsvText } from '../../../db/export/csv-export';
import { TEAM_LIST_SETTING, TEAM_SETTINGS_SETTING } from '../../../db/team-mirror';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { datedFileName, downloadText } from '../shared/download';
import { formatNumber, formatPercent } from '../shared/format';
import { repos } from '../shared/repos';
import { CallsPerWeekChart, ConnectRateChart } from './insights-charts';
import { hours } from './handoff-insights';

interface Loaded {
  team: Figures;
  segmentName: (id: string) => string;
  packName: (id: string) => string;
  repName: (user: string) => string;
  perRep: boolean;
}

async function loadTeamInsights(from: number | undefined): Promise<Loaded | null> {
  const db = repos.db();
  const [activity, teamHandoffs] = await Promise.all([db.teamActivity.toArray(), db.teamHandoffs.toArray()]);
  if (activity.length === 0 && teamHandoffs.length === 0) return null;
  const handoffs = (await db.handoffs.bulkGet(teamHandoffs.map((h) => h.handoffId))).filter((h): h is Handoff => Boolean(h));
  const [segments, outcomes, packs, prospects, settings, list] = await Promise.all([
    repos.segments().list(), repos.settings().get('callOutcomes'), db.packs.toArray(),
    db.prospects.bulkGet(handoffs.map((h) => h.prospectId)),
    db.settings.get(TEAM_SETTINGS_SETTING), db.settings.get(TEAM_LIST_SETTING),
  ]);
  const perRep = (settings?.value as { showPerRep?: unknown } | undefined)?.showPerRep === true;
  const stages = new Map<string, Stage>(prospects.flatMap((p) => (p ? [[p.id, p.stage] as const] : [])));
  const team = computeTeamInsights({
    activity, handoffs, owners: new Map(teamHandoffs.map((h) => [h.handoffId, h.owner])), segments, outcomes, stages, perRep,
    ...(from !== undefined ? { from } : {}),
  });
  const segmentNames = new Map(segments.map((s) => [s.id, s.name]));
  const packNames = new Map(packs.map((p) => [p.id, p.current.name]));
  const members = new Map(((list?.value as Pick<TeamListDoc, 'members'> | undefined)?.members ?? []).map((m) => [m.name, memberLabel(m)]));
  return {
    team, perRep,
    segmentName: (id) => (id === UNATTRIBUTED ? t('opt_noSegment') : segmentNames.get(id) ?? id),
    packName: (id) => packNames.get(id) ?? id,
    repName: (user) => members.get(user) ?? user,
  };
}

interface Row {
  key: string;
  label: string;
  detail?: string;
  calls: number;
  connects: number;
  connectRate: number;
  meetings: number;
  stageChanges?: number;
  handoffs?: HandoffFigures | undefined;
}

function TeamTable({ caption, first, rows, withHandoffs, withStageChanges = false, testId }: {
  caption: string; first: string; rows: Row[]; withHandoffs: boolean; withStageChanges?: boolean; testId: string;
}) {
  return (
    <div class="stack">
      <h3>{caption}</h3>
      <div class="table-wrap" tabIndex={0}>
        <table class="data-table compact figures" data-testid={testId}>
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{first}</th>
              <th scope="col" class="num">{t('opt_calls')}</th>
              <th scope="col" class="num">{t('opt_colConnects')}</th>
              <th scope="col" class="num">{t('opt_colConnectRate')}</th>
              <th scope="col" class="num">{t('opt_colMeetings')}</th>
              {withStageChanges && <th scope="col" class="num">{t('teamIns_colStageChanges')}</th>}
              {withHandoffs && <th scope="col" class="num">{t('teamIns_colAccepted')}</th>}
              {withHandoffs && <th scope="col" class="num">{t('teamIns_colReturned')}</th>}
              {withHandoffs && <th scope="col" class="num">{t('handoff_colFirstCall')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid={`${testId}-row`} data-key={r.key}>
                <th scope="row">{r.label}{r.detail ? <span class="muted small"> · {r.detail}</span> : null}</th>
                <td class="num" data-col="calls">{formatNumber(r.calls)}</td>
                <td class="num" data-col="connects">{formatNumber(r.connects)}</td>
                <td class="num" data-col="connect-rate">{r.calls ? formatPercent(r.connectRate) : '–'}</td>
                <td class="num" data-col="meetings">{formatNumber(r.meetings)}</td>
                {withStageChanges && <td class="num" data-col="stage-changes">{formatNumber(r.stageChanges ?? 0)}</td>}
                {withHandoffs && <td class="num" data-col="accepted">{r.handoffs ? `${formatNumber(r.handoffs.accepted)} / ${formatNumber(r.handoffs.handed)}` : '–'}</td>}
                {withHandoffs && <td class="num" data-col="returned">{r.handoffs ? formatNumber(r.handoffs.returned) : '–'}</td>}
                {withHandoffs && <td class="num" data-col="first-call">{firstCall(r.handoffs?.medianHoursToFirstCall)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Stat({ value, label, col }: { value: string; label: string; col: string }) {
  return <div class="stat card" data-col={col}><span class="stat-value">{value}</span><span class="muted">{label}</span></div>;
}

/** Median time to first call; a call within the hour reads in minutes (a hand-off called at once is "under 6 min"). */
function firstCall(h: number | undefined): string {
  if (h === undefined || h >= 1) return hours(h);
  return h < 0.1 ? t('teamIns_underMinutes', '6') : t('teamIns_minutes', String(Math.round(h * 60)));
}

export function TeamInsights({ from }: { from: number | undefined }) {
  const data = useLiveQuery(() => loadTeamInsights(from), [from]);
  if (!data) return null;
  const { team, segmentName, packName, repName } = data;
  const { insights, handoffs } = team;
  const exportCsv = () => downloadText(datedFileName('segue-team-insights', 'csv'),
    `${toCsvText(teamInsightsCsvRows(team, { pack: packName, segment: segmentName }))}\r\n`, 'text/csv;charset=utf-8');
  const handoffBySegment = new Map(handoffs.segments.map((f) => [f.key, f]));
  const segmentRows: Row[] = insights.segments.filter((s) => s.calls > 0 || handoffBySegment.has(s.segmentId))
    .map((s) => ({ key: s.segmentId, label: segmentName(s.segmentId), calls: s.calls, connects: s.connects, connectRate: s.connectRate, meetings: s.meetings, handoffs: handoffBySegment.get(s.segmentId) }));
  const withCalls = insights.segments.filter((s) => s.calls > 0);
  return (
    <section class="card stack" aria-labelledby="team-insights-heading" data-testid="team-insights">
      <div class="row">
        <h2 id="team-insights-heading" class="grow">{t('teamIns_title')}</h2>
        <button type="button" class="btn" onClick={exportCsv} data-testid="team-insights-export">{t('opt_exportFigures')}</button>
      </div>
      <p class="muted">{t('teamIns_hint')}</p>
      <div class="stat-grid" data-testid="team-insights-totals">
        <Stat value={formatNumber(insights.totals.calls)} label={t('opt_calls')} col="calls" />
        <Stat value={formatNumber(team.repCount)} label={t('teamIns_reps')} col="reps" />
        <Stat value={insights.totals.calls ? formatPercent(insights.totals.connectRate) : '–'} label={t('opt_colConnectRate')} col="connect-rate" />
        <Stat value={formatNumber(insights.totals.meetings)} label={t('opt_colMeetings')} col="meetings" />
        <Stat value={formatNumber(team.stageChanges)} label={t('teamIns_colStageChanges')} col="stage-changes" />
        {handoffs.totals.handed > 0 && <Stat value={`${formatNumber(handoffs.totals.accepted)} / ${formatNumber(handoffs.totals.handed)}`} label={t('teamIns_colAccepted')} col="accepted" />}
        {handoffs.totals.handed > 0 && <Stat value={formatNumber(handoffs.totals.returned)} label={t('teamIns_statReturned')} col="returned" />}
        {handoffs.totals.handed > 0 && <Stat value={firstCall(handoffs.totals.medianHoursToFirstCall)} label={t('handoff_colFirstCall')} col="first-call" />}
      </div>
      {withCalls.length > 0 && (
        <ConnectRateChart labels={withCalls.map((s) => segmentName(s.segmentId))} rates={withCalls.map((s) => s.connectRate)} caption={t('teamIns_chartCaption')} />
      )}
      {insights.weeks.length > 1 && (
        <CallsPerWeekChart weeks={insights.weeks} caption={t('opt_chartWeeksCaption')} />
      )}
      {segmentRows.length > 0 && <TeamTable caption={t('teamIns_perSegment')} first={t('opt_colSegment')} rows={segmentRows} withHandoffs testId="team-insights-segments" />}
      {insights.templates.length > 0 && (
        <TeamTable caption={t('teamIns_perTemplate')} first={t('opt_colTemplate')} withHandoffs={false} testId="team-insights-templates"
          rows={insights.templates.map((tpl) => ({ key: `${tpl.segmentId}/${tpl.templateId}`, label: tpl.name, detail: segmentName(tpl.segmentId), calls: tpl.calls, connects: tpl.connects, connectRate: tpl.connectRate, meetings: tpl.meetings }))} />
      )}
      {team.packs.length > 0 && (
        <TeamTable caption={t('teamIns_perPack')} first={t('packs_insightsPack')} withHandoffs testId="team-insights-packs"
          rows={team.packs.map((p) => ({ key: `${p.packId}@${p.version}`, label: `${packName(p.packId)} ${p.version}`, detail: t('teamIns_allSegments'), calls: p.calls, connects: p.connects, connectRate: p.connectRate, meetings: p.meetings, handoffs: p.handoffs }))} />
      )}
      {team.reps
        ? team.reps.length > 0 && (
          <TeamTable caption={t('teamIns_perRep')} first={t('teamIns_colRep')} withHandoffs withStageChanges testId="team-insights-reps"
            rows={team.reps.map((r) => ({ key: r.user, label: repName(r.user), calls: r.calls, connects: r.connects, connectRate: r.connectRate, meetings: r.meetings, stageChanges: r.stageChanges, handoffs: r.handoffs.handed ? r.handoffs : undefined }))} />
        )
        : <p class="muted small" data-testid="team-insights-per-rep-off">{t('teamIns_perRepOff')}</p>}
    </section>
  );
}
