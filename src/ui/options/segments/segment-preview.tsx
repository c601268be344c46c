// The Preview section: the segment as one prospect meets it — whether they match and why, the talking points they
// get, and every message rendered for them.
import { useMemo } from 'preact/hooks';
import type { ProspectFields } from '../../../domain/prospect';
import type { Sender } from '../../../domain/messages/template-fields';
import { describeReason, matchSegments } from '../../../domain/segments/match';
import { talkingPointsFor } from '../../../domain/segments/talking-points';
import type { Segment } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { channelLabel, formatNumber } from '../shared/format';
import { PreviewProspectPicker } from './preview-prospect-picker';
import { TemplatePreview } from './template-preview';

export function SegmentPreview(props: { segment: Segment; valid: boolean; prospect: ProspectFields; sender: Sender; onPick: (p: ProspectFields) => void }) {
  const { segment, prospect } = props;
  const outcome = useMemo(() => {
    if (!props.valid) return null;
    try {
      const [match] = matchSegments(prospect, [segment]);
      return { match, points: talkingPointsFor(prospect, segment, { sender: props.sender }) };
    } catch {
      return null;
    }
  }, [segment, prospect, props.valid, props.sender]);
  const name = prospect.fullName;
  return (
    <div class="stack" data-testid="segment-preview">
      <p class="muted">{t('opt_previewSectionIntro')}</p>
      <PreviewProspectPicker current={prospect} onPick={props.onPick} />
      {!outcome?.match ? <p class="alert">{t('opt_previewInvalid')}</p> : (
        <div class={`alert ${outcome.match.matched ? 'ok' : ''}`} data-testid="preview-match">
          <p><strong>
            {outcome.match.failedRequired.length ? t('opt_previewMissedRequired', name)
              : t(outcome.match.matched ? 'opt_previewMatches' : 'opt_previewNoMatch', name, formatNumber(outcome.match.score), formatNumber(outcome.match.threshold))}
          </strong></p>
          <ul class="reasons">
            {outcome.match.reasons.map((r, i) => <li key={i} class={r.held ? 'held' : 'failed'}>{describeReason(r)}</li>)}
          </ul>
        </div>
      )}
      {outcome && (
        <section class="stack" aria-labelledby="preview-points-heading">
          <h3 id="preview-points-heading">{t('opt_previewPointsHeading')}</h3>
          {outcome.points.length ? <ul class="preview-points">{outcome.points.map((p) => <li key={p.id}>{p.text}</li>)}</ul>
            : <p class="muted">{t('opt_previewNoPoints')}</p>}
        </section>
      )}
      <section class="stack" aria-labelledby="preview-messages-heading">
        <h3 id="preview-messages-heading">{t('opt_previewMessagesHeading')}</h3>
        {segment.templates.length === 0 ? <p class="muted">{t('opt_noTemplates')}</p>
          : <div class="preview-grid">{segment.templates.map((template) => (
            <article key={template.id} class="stack preview-card" aria-label={template.name || channelLabel(template.channel)}>
              <h4>{template.name || channelLabel(template.channel)} <span class="badge">{channelLabel(template.channel)}</span></h4>
              <TemplatePreview template={template} prospect={prospect} sender={props.sender} segment={{ id: segment.id, name: segment.name }} />
            </article>
          ))}</div>}
      </section>
    </div>
  );
}
