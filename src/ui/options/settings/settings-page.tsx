// Settings: who the rep is (for templates; some fields may be set by the administrator's policy), the team server, call outcomes, data & privacy, optional site access, site health.
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { repos } from '../shared/repos';
import { HandoffSettings } from './handoff-settings';
import { OutcomesEditor } from './outcomes-editor';
import { PrivacySection } from './privacy-section';
import { SenderForm } from './sender-form';
import { SetupEntry } from './setup-entry';
import { SiteHealth } from './site-health';
import { SitePermissions } from './site-permissions';
import { TeamServerCard } from './team-server';
import { TeamSection } from './team-section';
import { useSender } from '../../shared/use-sender';

export function SettingsPage() {
  const sender = useSender();
  const outcomes = useLiveQuery(() => repos.settings().get('callOutcomes'), []);
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('opt_nav_settings')}</h1>
      </header>
      <div class="stack-lg settings-stack">
        <SetupEntry />
        {sender ? <SenderForm state={sender} /> : <p class="muted" role="status">{t('loading')}</p>}
        {sender?.policy.teamServer && <TeamServerCard server={sender.policy.teamServer} />}
        {sender && <TeamSection policyServer={sender.policy.teamServer} />}
        {outcomes && <OutcomesEditor initial={outcomes} />}
        <HandoffSettings />
        <PrivacySection />
        <SitePermissions />
        <SiteHealth />
      </div>
    </div>
  );
}
