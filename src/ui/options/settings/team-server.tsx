// The team server the administrator's policy names (team sync, a later feature, will use it): shown, never edited.
import type { TeamServer } from '../../../domain/policy/managed-policy';
import { t } from '../../shared/i18n';

export function TeamServerCard({ server }: { server: TeamServer }) {
  return (
    <section class="card stack" aria-labelledby="team-server-heading" data-testid="policy-team-server">
      <h2 id="team-server-heading">{t('opt_teamServer')}</h2>
      <p class="muted">{t('opt_teamServerHint')}</p>
      <dl class="facts">
        <dt>{t('opt_teamServerUrl')}</dt><dd>{server.url}</dd>
        <dt>{t('opt_teamServerDatabase')}</dt><dd>{server.database || '—'}</dd>
      </dl>
    </section>
  );
}
