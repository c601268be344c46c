// The companies list: every company captured, with its industry, size, location and how many people link to it.
import { useState } from 'preact/hooks';
import { CompaniesRepo } from '../../../db/companies-repo';
import { normalizeKey } from '../../../domain/prospect';
import type { Company } from '../../../domain/companies/company';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { EmptyState } from '../shared/empty-state';
import { formatDate } from '../shared/format';
import { repos } from '../shared/repos';

export function locationLabel(company: Pick<Company, 'location'>): string {
  const loc = company.location;
  return [loc?.city, loc?.region, loc?.country].filter(Boolean).join(', ') || loc?.raw || '';
}

export function sizeLabel(company: Pick<Company, 'size' | 'sizeLabel'>): string {
  return company.sizeLabel ?? (company.size !== undefined ? String(company.size) : '');
}

export function CompaniesPage() {
  const rows = useLiveQuery(() => new CompaniesRepo(repos.db()).listWithPeopleCounts(), []);
  const [query, setQuery] = useState('');
  const words = normalizeKey(query).split(' ').filter(Boolean);
  const shown = (rows ?? []).filter(({ company }) => {
    const text = normalizeKey([company.name, company.domain, company.industry, locationLabel(company)].join(' '));
    return words.every((w) => text.includes(w));
  });

  return (
    <div class="page" data-testid="companies-page">
      <header class="page-header row wrap">
        <div class="grow">
          <h1>{t('co_listHeading')}</h1>
          <p class="muted">{t('co_listIntro')}</p>
        </div>
        {rows && rows.length > 0 && (
          <label class="field">
            <span>{t('co_search')}</span>
            <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} data-testid="companies-search" />
          </label>
        )}
      </header>
      {rows === undefined ? <p class="muted" role="status">{t('loading')}</p> : rows.length === 0 ? (
        <EmptyState title={t('co_empty')} />
      ) : (
        <div class="table-wrap" tabIndex={0}>
          <table class="data-table" data-testid="companies-table">
            <caption class="sr-only">{t('co_listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('co_colName')}</th>
                <th scope="col">{t('co_colIndustry')}</th>
                <th scope="col">{t('co_colSize')}</th>
                <th scope="col">{t('co_colLocation')}</th>
                <th scope="col" class="num">{t('co_colPeople')}</th>
                <th scope="col">{t('co_colUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ company, people }) => (
                <tr key={company.id}>
                  <td>
                    <a href={routeHref({ name: 'company', id: company.id })} data-testid="company-link"><strong>{company.name}</strong></a>
                    {company.domain && <div class="muted small">{company.domain}</div>}
                  </td>
                  <td>{company.industry ?? ''}</td>
                  <td>{sizeLabel(company)}</td>
                  <td>{locationLabel(company)}</td>
                  <td class="num">{people}</td>
                  <td>{formatDate(company.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
