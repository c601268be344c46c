// The segments a prospect matches, each with the rules that decided it — so the rep sees why, not just a score.
import { useState } from 'preact/hooks';
import { describeReason, type SegmentMatch } from '../../domain/segments/match';
import { t } from '../shared/i18n';

function Reasons({ match }: { match: SegmentMatch }) {
  return (
    <ul class="reasons" aria-label={t('reasonsFor', match.name)}>
      {match.reasons.map((reason) => (
        <li key={reason.path} class={reason.held ? 'held' : 'missed'}>
          <span aria-hidden="true">{reason.held ? '✓' : '✗'}</span>
          <span class="sr-only">{reason.held ? t('ruleHeld') : t('ruleMissed')}</span>
          <span class="grow">{describeReason(reason)}</span>
          {reason.required && <span class="badge warn">{t('required')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function SegmentMatches(props: { matches: SegmentMatch[]; focusId: string | null; onFocus: (id: string) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const matched = props.matches.filter((m) => m.matched);
  const shown = showAll ? props.matches : matched.length > 0 ? matched : props.matches.slice(0, 2);
  return (
    <section class="card stack" aria-labelledby="segments-heading" data-testid="segment-matches">
      <div class="section-title">
        <h3 id="segments-heading">{t('segmentsHeading')}</h3>
        <button type="button" class="btn ghost small" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
          {showAll ? t('showMatchedOnly') : t('showAllSegments', props.matches.length)}
        </button>
      </div>
      {matched.length === 0 && !showAll && <p class="muted">{t('noSegmentMatched')}</p>}
      <ul class="list">
        {shown.map((m) => (
          <li key={m.segmentId} class="segment-match">
            <div class="row">
              <button
                type="button"
                class={`segment-pick grow ${props.focusId === m.segmentId ? 'focused' : ''}`}
                aria-pressed={props.focusId === m.segmentId}
                onClick={() => props.onFocus(m.segmentId)}
              >
                <strong class="truncate">{m.name}</strong>
              </button>
              <span class={`badge ${m.matched ? 'ok' : ''}`} title={t('scoreTitle', m.score, m.threshold)}>
                {m.matched ? t('matchedScore', m.score) : t('scoreOnly', m.score)}
              </span>
              <button
                type="button"
                class="btn ghost small"
                aria-expanded={open === m.segmentId}
                aria-label={t('whyMatch', m.name)}
                onClick={() => setOpen(open === m.segmentId ? null : m.segmentId)}
              >
                {t('why')}
              </button>
            </div>
            {open === m.segmentId && <Reasons match={m} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
