// What the chosen playbook says to its sample prospect with the answers given so far: the segment it matches, the
// talking points and the first email, rendered exactly as the popup will.
import { useMemo } from 'preact/hooks';
import { renderTemplate } from '../../../domain/messages/render-template';
import type { Sender } from '../../../domain/messages/template-fields';
import { matchSegments } from '../../../domain/segments/match';
import { starterSegments, type Playbook } from '../../../domain/segments/starter-segments';
import { talkingPointsFor } from '../../../domain/segments/talking-points';
import { t } from '../../shared/i18n';

export function PlaybookPreview({ playbook, sender }: { playbook: Playbook; sender: Sender }) {
  const preview = useMemo(() => {
    const segments = starterSegments(playbook.id);
    const best = matchSegments(playbook.sample, segments).find((m) => m.matched);
    const segment = segments.find((s) => s.id === best?.segmentId) ?? segments[0]!;
    const points = talkingPointsFor(playbook.sample, segment, { sender });
    const template = segment.templates.find((tpl) => tpl.channel === 'email');
    const email = template ? renderTemplate(template, { prospect: playbook.sample, sender, segment }) : undefined;
    return { segment, points, email };
  }, [playbook, sender]);
  const p = playbook.sample;
  return (
    <section class="preview stack" aria-labelledby="welcome-preview-heading" data-testid="welcome-preview">
      <h3 id="welcome-preview-heading">{t('onb_previewHeading')}</h3>
      <p class="muted small">{t('onb_previewProspect', p.fullName, [p.title, p.company].filter(Boolean).join(', '), preview.segment.name)}</p>
      <p class="preview-title">{t('onb_previewPoints')}</p>
      <ul class="welcome-points" data-testid="welcome-preview-points">
        {preview.points.map((point) => <li key={point.id}>{point.text}</li>)}
      </ul>
      {preview.email && (
        <>
          <p class="preview-title">{t('onb_previewEmail')}</p>
          <pre class="preview-body" data-testid="welcome-preview-email">{`${preview.email.subject ? `${t('onb_previewSubject', preview.email.subject)}\n\n` : ''}${preview.email.text}`}</pre>
        </>
      )}
    </section>
  );
}
