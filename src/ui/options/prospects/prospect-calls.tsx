// The calls logged with this prospect.
import type { Call, CallOutcomeOption } from '../../../domain/calls';
import { formatDuration, outcomeLabel } from '../../../domain/calls';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { formatDateTime } from '../shared/format';
import { repos } from '../shared/repos';

export function ProspectCalls({ prospectId }: { prospectId: string }) {
  const calls = useLiveQuery(() => repos.calls().forProspect(prospectId, 100), [prospectId], [] as Call[]);
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), [], [] as CallOutcomeOption[]);
  return (
    <section class="card stack" aria-labelledby="prospect-calls-heading" data-testid="prospect-calls">
      <h2 id="prospect-calls-heading">{t('opt_calls')}</h2>
      {calls.length === 0 ? <p class="muted">{t('opt_noCallsForProspect')}</p> : (
        <div class="table-wrap" tabIndex={0}>
          <table class="data-table compact">
            <caption class="sr-only">{t('opt_calls')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opt_colWhen')}</th>
                <th scope="col">{t('opt_colOutcome')}</th>
                <th scope="col">{t('opt_colDuration')}</th>
                <th scope="col">{t('opt_colNotes')}</th>
                <th scope="col">{t('opt_colNextStep')}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((c) => (
                <tr key={c.id}>
                  <td class="nowrap">{formatDateTime(c.startedAt)}</td>
                  <td>{outcomeLabel(c.outcome, outcomes.length ? outcomes : undefined)}</td>
                  <td>{formatDuration(c.durationSec)}</td>
                  <td class="notes-cell">{c.notes}</td>
                  <td>{c.nextStep ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
