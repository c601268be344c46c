// One prospect: editable fields, matched segments with reasons, timeline, calls and follow-ups.
import type { Segment } from '../../../domain/segments/segment-schema';
import { STAGES, type Stage } from '../../../domain/prospect';
import { send } from '../../../messaging/client';
import { Avatar } from '../../shared/avatar';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { EmptyState } from '../shared/empty-state';
import { stageLabel } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { MatchedSegments } from './matched-segments';
import { ProspectCalls } from './prospect-calls';
import { ProspectFollowUps } from './prospect-follow-ups';
import { ProspectForm } from './prospect-form';
import { ReadinessCard } from './readiness-card';
import { HandoffView } from '../../shared/handoff-view';
import { HandoffStarter } from './handoff-form';
import { Timeline } from './timeline';

export function ProspectDetail({ id }: { id: string }) {
  const prospect = useLiveQuery(async () => (await repos.prospects().get(id)) ?? null, [id]);
  const segments = useLiveQuery(() => repos.segments().list(), [], [] as Segment[]);
  const { notify } = useToast();
  const act = useAction();

  if (prospect === undefined) return <div class="page"><p class="muted" role="status">{t('loading')}</p></div>;
  if (prospect === null) {
    return (
      <div class="page">
        <h1>{t('opt_prospectMissing')}</h1>
        <EmptyState title={t('opt_prospectMissingHint')}><p><a href="#/prospects">{t('opt_backToProspects')}</a></p></EmptyState>
      </div>
    );
  }

  const changeStage = (stage: Stage) => act(async () => {
    const before = prospect.stage;
    await send('prospects.update', { id, patch: {}, stage });
    notify({ message: t('opt_stageChanged', stageLabel(stage)), undo: () => send('prospects.update', { id, patch: {}, stage: before }) });
  });

  const subtitle = [prospect.title, prospect.company].filter(Boolean).join(t('titleAtCompanySeparator'));
  return (
    <div class="page" data-testid="prospect-detail">
      <p><a href="#/prospects" class="back-link">{t('opt_backToProspects')}</a></p>
      <header class="page-header detail-header">
        <Avatar name={prospect.fullName} size={48} />
        <div class="grow">
          <h1>{prospect.fullName}</h1>
          {subtitle && <p class="muted">{subtitle}</p>}
        </div>
        <label class="field stage-field">
          <span>{t('opt_colStage')}</span>
          <select value={prospect.stage} onChange={(e) => void changeStage((e.currentTarget as HTMLSelectElement).value as Stage)} data-testid="detail-stage">
            {STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
          </select>
        </label>
      </header>
      <div class="detail-grid">
        <div class="stack-lg">
          <ProspectForm prospect={prospect} />
          <ProspectCalls prospectId={id} />
        </div>
        <div class="stack-lg">
          <HandoffView prospect={prospect} segments={segments} />
          <ReadinessCard prospect={prospect} segments={segments} />
          <HandoffStarter prospect={prospect} segments={segments} />
          <MatchedSegments prospect={prospect} segments={segments} />
          <ProspectFollowUps prospectId={id} />
          <Timeline prospectId={id} />
        </div>
      </div>
    </div>
  );
}
