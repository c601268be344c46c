import type { RenderedTalkingPoint } from '../../domain/segments/talking-points';
import { t } from '../shared/i18n';

export function TalkingPoints(props: { segmentName: string | null; points: RenderedTalkingPoint[]; compact?: boolean }) {
  return (
    <section class="card stack" aria-labelledby="points-heading" data-testid="talking-points">
      <h3 id="points-heading">{props.segmentName ? t('talkingPointsFor', props.segmentName) : t('talkingPoints')}</h3>
      {props.points.length === 0 ? (
        <p class="muted">{t('noTalkingPoints')}</p>
      ) : (
        <ol class={`points ${props.compact ? 'compact' : ''}`}>
          {props.points.map((p) => <li key={p.id}>{p.text}</li>)}
        </ol>
      )}
    </section>
  );
}
