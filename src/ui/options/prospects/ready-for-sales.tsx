// Prospects ready for sales, best first. Engagement drives readiness, so the candidates are the prospects called in
// the last READY_WINDOW_DAYS (a bounded read, never every row); each is scored in the page as on its own page.
import type { ProspectRecord } from '../../../db/database';
import type { Call } from '../../../domain/calls';
import type { Readiness } from '../../../domain/readiness';
import type { Segment } from '../../../domain/segments/segment-schema';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { HandoffForm } from './handoff-form';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { prospectReadiness } from '../shared/prospect-readiness';
import { repos } from '../shared/repos';

export const READY_WINDOW_DAYS = 90;
const MAX_CANDIDATES = 200;

export interface ReadyProspect {
  prospect: ProspectRecord;
  readiness: Readiness;
}

export async function loadReadyProspects(segments: readonly Segment[], now: number): Promise<ReadyProspect[]> {
  const calls = await repos.calls().between(now - READY_WINDOW_DAYS * 86_400_000, now + 86_400_000);
  const byProspect = new Map<string, Call[]>();
  for (const call of calls) byProspect.set(call.prospectId, [...(byProspect.get(call.prospectId) ?? []), call]);
  const ids = [...byProspect.keys()].slice(0, MAX_CANDIDATES);
  const scored = await Promise.all(ids.map(async (id) => {
    const prospect = await repos.prospects().get(id);
    if (!prospect) return null;
    const activities = await repos.activities().timeline(id, 200);
    return { prospect, readiness: prospectReadiness(prospect, segments, byProspect.get(id)!, activities, now) };
  }));
  return scored
    .filter((r): r is ReadyProspect => r !== null && r.readiness.ready)
    .sort((a, b) => b.readiness.score - a.readiness.score || a.prospect.fullName.localeCompare(b.prospect.fullName) || a.prospect.id.localeCompare(b.prospect.id));
}

/** Stages that are past "ready for sales": already handed, or decided. */
const PAST_READY = new Set(['handed_to_sales', 'won', 'lost']);
const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n)}`;

export function ReadyForSales({ segments, now = Date.now }: { segments: Segment[]; now?: () => number }) {
  const ready = useLiveQuery(() => loadReadyProspects(segments, now()), [segments], [] as ReadyProspect[]);
  const [handing, setHanding] = useState<string | null>(null);
  const shown = ready.filter((r) => !PAST_READY.has(r.prospect.stage));
  if (shown.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="ready-heading" data-testid="ready-for-sales">
      <h2 id="ready-heading">{t('opt_readyForSales')}</h2>
      <p class="muted">{t('opt_readyForSalesIntro', String(READY_WINDOW_DAYS))}</p>
      <ol class="reasons ready-list">
        {shown.map(({ prospect, readiness }) => (
          <li key={prospect.id} class="reason held stack" data-testid="ready-row">
            <div class="row wrap">
              <span class="grow">
                <a href={routeHref({ name: 'prospect', id: prospect.id })}>{prospect.fullName}</a>
                {prospect.company && <span class="muted"> · {prospect.company}</span>}
                <span class="badge ok ready-score"> {readiness.score}</span>
              </span>
              {handing !== prospect.id && (
                <button type="button" class="btn small primary" onClick={() => setHanding(prospect.id)} data-testid="ready-hand">{t('handoff_handToSales')}</button>
              )}
            </div>
            <span class="muted ready-reasons" data-testid="ready-reasons">
              {readiness.reasons.filter((r) => r.points !== 0).sort((a, b) => b.points - a.points).slice(0, 4).map((r) => `${r.label} ${signed(r.points)}`).join(' · ')}
            </span>
            {handing === prospect.id && <HandoffForm prospect={prospect} segments={segments} onDone={() => setHanding(null)} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
