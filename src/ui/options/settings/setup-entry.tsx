// Settings' way back into the first-run setup (what the rep sells, the starter playbook), with what is set now.
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { repos } from '../shared/repos';

export function SetupEntry() {
  const offer = useLiveQuery(() => repos.settings().get('offer'), []);
  return (
    <section class="card stack" aria-labelledby="setup-entry-heading" data-testid="setup-entry">
      <h2 id="setup-entry-heading">{t('onb_settingsHeading')}</h2>
      <p class="muted" data-testid="setup-entry-summary">{offer?.name ? t('onb_settingsSummary', offer.name) : t('onb_settingsEmpty')}</p>
      <div><a class="btn" href="#/welcome" data-testid="setup-entry-open">{t('onb_settingsOpen')}</a></div>
    </section>
  );
}
