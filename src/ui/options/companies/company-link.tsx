// A prospect's company (derived from their email domain or company name), as a link to the company view.
import { CompaniesRepo } from '../../../db/companies-repo';
import type { Company } from '../../../domain/companies/company';
import type { ProspectFields } from '../../../domain/prospect';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { routeHref } from '../router';
import { repos } from '../shared/repos';

type Linkable = Pick<ProspectFields, 'company' | 'companyDomain' | 'emails'>;

export function useProspectCompany(prospect: Linkable): Company | null | undefined {
  return useLiveQuery(
    async () => (await new CompaniesRepo(repos.db()).forProspect(prospect)) ?? null,
    [prospect.company, prospect.companyDomain, prospect.emails.join(',')],
  );
}

export function CompanyLink({ prospect }: { prospect: Linkable }) {
  const company = useProspectCompany(prospect);
  if (!company) return null;
  return (
    <p class="muted small" data-testid="prospect-company">
      {t('co_companyOfProspect')} <a href={routeHref({ name: 'company', id: company.id })}>{company.name}</a>
    </p>
  );
}
