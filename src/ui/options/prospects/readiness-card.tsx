// How ready this prospect is for sales, and why: one line per rule, e.g. "Meeting booked 3 days ago +30".
import type { ProspectRecord } from '../../../db/database';
import type { Activity } from '../../../domain/activity';
import type { Call } from '../../../domain/calls';
import type { Segment } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { seniorityLabel } from '../shared/format';
import { prospectReadiness } from '../shared/prospect-readiness';
import { repos } from '../shared/repos';

const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n)}`;

export function ReadinessCard({ prospect, segments, now = Date.now }: { prospect: ProspectRecord; segments: Segment[]; now?: () => number }) {
  const calls = useLiveQuery(() => repos.calls().forProspect(prospect.id, 200), [prospect.id], [] as Call[]);
  const activities = useLiveQuery(() => repos.activities().timeline(prospect.id, 200), [prospect.id], [] as Activity[]);
  const readiness = prospectReadiness(prospect, segments, calls, activities, now());
  return (
    <section class="card stack" aria-labelledby="readiness-heading" data-testid="readiness">
      <div class="match-head">
        <h2 id="readiness-heading">{t('opt_readiness')}</h2>
        <span class={`badge ${readiness.ready ? 'ok' : ''}`} data-testid="readiness-score">
          {t('opt_score', String(readiness.score), String(readiness.threshold))}
        </span>
      </div>
      <p class={readiness.ready ? '' : 'muted'} data-testid="readiness-verdict">{readiness.ready ? t('opt_readyForSales') : t('opt_notReadyYet')}</p>
      {readiness.reasons.length > 0 && (
        <ul class="reasons">
          {readiness.reasons.map((r) => (
            <li key={r.rule} class={`reason ${r.points > 0 ? 'held' : 'failed'}`}>
              <span>{r.rule === 'seniority' && prospect.seniority ? t('opt_readinessSeniority', seniorityLabel(prospect.seniority)) : r.label}</span>
              <span class={`points ${r.points > 0 ? 'plus' : ''}`}> {signed(r.points)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
