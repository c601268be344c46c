// Which segments this prospect matches, and why: one line per rule, e.g. "VP of Sales → seniority in (vp, director) +30".
import type { ProspectRecord } from '../../../db/database';
import type { MatchReason } from '../../../domain/segments/match';
import type { Segment } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { routeHref } from '../router';
import { explainSegments } from '../shared/prospect-fields';
import { useProspectCompany } from '../companies/company-link';

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function ReasonLine({ reason }: { reason: MatchReason }) {
  const subject = reason.evidence ?? reason.value ?? reason.absentLabel;
  return (
    <li class={`reason ${reason.held ? 'held' : 'failed'}`}>
      <span class="sr-only">{reason.held ? t('opt_ruleHeld') : t('opt_ruleFailed')}</span>
      <span class="reason-subject">{subject}</span>
      <span aria-hidden="true">{reason.held ? ' → ' : ' ✗ '}</span>
      <span>{reason.description}</span>
      <span class={`points ${reason.contribution > 0 ? 'plus' : ''}`}> +{points(reason.contribution)}</span>
      {reason.required && !reason.held && <span class="badge warn">{t('opt_required')}</span>}
    </li>
  );
}

export function MatchedSegments({ prospect, segments }: { prospect: ProspectRecord; segments: Segment[] }) {
  const company = useProspectCompany(prospect);
  const matches = explainSegments(prospect, segments, company ?? undefined);
  const matched = matches.filter((m) => m.matched);
  const others = matches.filter((m) => !m.matched);
  return (
    <section class="card stack" aria-labelledby="matched-heading" data-testid="matched-segments">
      <h2 id="matched-heading">{t('opt_matchedSegments')}</h2>
      {segments.length === 0 && <p class="muted">{t('opt_noSegmentsYet')} <a href="#/segments">{t('opt_nav_segments')}</a></p>}
      {segments.length > 0 && matched.length === 0 && <p class="muted">{t('opt_noSegmentMatch')}</p>}
      {matched.map((m) => (
        <div key={m.segmentId} class="match">
          <div class="match-head">
            <a href={routeHref({ name: 'segment', id: m.segmentId })}>{m.name}</a>
            <span class="badge ok">{t('opt_score', String(m.score), String(m.threshold))}</span>
          </div>
          <ul class="reasons">{m.reasons.map((r) => <ReasonLine key={r.path} reason={r} />)}</ul>
        </div>
      ))}
      {others.length > 0 && (
        <details class="match others">
          <summary>{t('opt_notMatched', String(others.length))}</summary>
          {others.map((m) => (
            <div key={m.segmentId} class="stack">
              <p><strong>{m.name}</strong> <span class="badge">{t('opt_score', String(m.score), String(m.threshold))}</span></p>
              <ul class="reasons">{m.reasons.map((r) => <ReasonLine key={r.path} reason={r} />)}</ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
