// One company: its details and profiles, the people who work there, their calls, and how they fit the segments.
import { send } from '../../../messaging/client';
import { formatDuration, outcomeLabel, type CallOutcomeOption } from '../../../domain/calls';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { navigate, routeHref } from '../router';
import { ConfirmButton } from '../shared/confirm-button';
import { EmptyState } from '../shared/empty-state';
import { formatDateTime, stageLabel } from '../shared/format';
import { repos } from '../shared/repos';
import { useAction, useToast } from '../shared/toast';
import { locationLabel, sizeLabel } from './companies-page';
import { loadCompany } from './load-company';

const NETWORK_LABELS: Record<string, string> = { linkedin: 'LinkedIn', x: 'X', github: 'GitHub', facebook: 'Facebook', youtube: 'YouTube', instagram: 'Instagram', crunchbase: 'Crunchbase' };

export function CompanyView({ id }: { id: string }) {
  const data = useLiveQuery(() => loadCompany(id), [id]);
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), [], [] as CallOutcomeOption[]);
  const act = useAction();
  const { notify } = useToast();
  if (data === undefined) return <p class="muted" role="status">{t('loading')}</p>;
  const back = <p><a href={routeHref({ name: 'companies' })} class="back-link">{t('co_backToList')}</a></p>;
  if (data === null) return <div class="page">{back}<EmptyState title={t('co_notFound')} /></div>;
  const { company, people, calls, fit } = data;
  const facts: Array<[string, string]> = [
    [t('co_domain'), company.domain ?? ''],
    [t('co_colIndustry'), company.industry ?? ''],
    [t('co_colSize'), sizeLabel(company)],
    [t('co_colLocation'), locationLabel(company)],
  ].filter(([, value]) => value) as Array<[string, string]>;
  const profiles = Object.entries(company.profiles);
  const remove = () => void act(async () => {
    await send('companies.delete', { id: company.id });
    notify({ message: t('co_deleted') });
    navigate({ name: 'companies' });
  });

  return (
    <div class="page" data-testid="company-view">
      {back}
      <header class="page-header row wrap">
        <div class="grow">
          <h1>{company.name}</h1>
          {company.description && <p class="muted">{company.description}</p>}
        </div>
        <ConfirmButton label={t('co_delete')} question={t('co_deleteConfirm')} confirmLabel={t('co_delete')} onConfirm={remove} danger testId="delete-company" />
      </header>
      <div class="detail-grid">
        <div class="stack-lg">
          <section class="card stack" aria-labelledby="company-people-heading" data-testid="company-people">
            <h2 id="company-people-heading">{t('co_people', people.length)}</h2>
            {people.length === 0 ? <p class="muted">{t('co_noPeople')}</p> : (
              <div class="table-wrap" tabIndex={0}>
                <table class="data-table">
                  <caption class="sr-only">{t('co_people', people.length)}</caption>
                  <thead><tr><th scope="col">{t('co_person')}</th><th scope="col">{t('co_title')}</th><th scope="col">{t('opt_colStage')}</th><th scope="col">{t('co_segments')}</th></tr></thead>
                  <tbody>
                    {people.map((p) => (
                      <tr key={p.id}>
                        <td><a href={routeHref({ name: 'prospect', id: p.id })}>{p.fullName}</a></td>
                        <td>{p.title ?? ''}</td>
                        <td><span class={`badge stage-${p.stage}`}>{stageLabel(p.stage)}</span></td>
                        <td>{p.matchedSegmentNames.join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section class="card stack" aria-labelledby="company-calls-heading" data-testid="company-calls">
            <h2 id="company-calls-heading">{t('co_calls', calls.length)}</h2>
            {calls.length === 0 ? <p class="muted">{t('co_noCalls')}</p> : (
              <div class="table-wrap" tabIndex={0}>
                <table class="data-table">
                  <caption class="sr-only">{t('co_calls', calls.length)}</caption>
                  <thead><tr><th scope="col">{t('co_person')}</th><th scope="col">{t('co_callWhen')}</th><th scope="col">{t('co_callOutcome')}</th><th scope="col">{t('co_callDuration')}</th></tr></thead>
                  <tbody>
                    {calls.map((c) => (
                      <tr key={c.id}>
                        <td><a href={routeHref({ name: 'prospect', id: c.prospectId })}>{c.prospectName}</a></td>
                        <td>{formatDateTime(c.startedAt)}</td>
                        <td>{outcomeLabel(c.outcome, outcomes.length ? outcomes : undefined)}</td>
                        <td>{formatDuration(c.durationSec)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
        <div class="stack-lg">
          <section class="card stack" aria-labelledby="company-details-heading">
            <h2 id="company-details-heading">{t('co_details')}</h2>
            <dl class="facts">
              {facts.map(([label, value]) => <><dt key={`${label}-dt`}>{label}</dt><dd key={`${label}-dd`}>{value}</dd></>)}
              {company.website && <><dt>{t('co_website')}</dt><dd><a href={company.website} target="_blank" rel="noreferrer noopener">{company.website}</a></dd></>}
            </dl>
            {profiles.length > 0 && (
              <>
                <h3>{t('co_profiles')}</h3>
                <ul class="plain-list" data-testid="company-profiles">
                  {profiles.map(([network, url]) => (
                    <li key={network}><a href={url} target="_blank" rel="noreferrer noopener">{NETWORK_LABELS[network] ?? network}</a></li>
                  ))}
                </ul>
              </>
            )}
            <p class="muted small">{t('co_sources')}: {company.sources.map((s) => s.site).filter((s, i, all) => all.indexOf(s) === i).join(', ')}</p>
          </section>
          <section class="card stack" aria-labelledby="company-fit-heading" data-testid="company-fit">
            <h2 id="company-fit-heading">{t('co_fit')}</h2>
            <p class="muted small">{t('co_fitIntro')}</p>
            {fit.length === 0 ? <p class="muted">{t('co_noFit')}</p> : (
              <ul class="plain-list stack">
                {fit.map((f) => (
                  <li key={f.segment.id} class="row">
                    <a class="grow" href={routeHref({ name: 'segment', id: f.segment.id })}>{f.segment.name}</a>
                    <span class="badge">{t('co_fitCount', f.matched, people.length)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
