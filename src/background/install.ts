// First run: seed marketing's starter segments (only once; the rep can reset them from the dashboard), and on a fresh
// install open the dashboard's short setup (who you are, what you sell, which playbook), which the rep may skip.
// Eviction needs no request here: Chrome never clears the storage of an extension holding unlimitedStorage,
// and navigator.storage.persist() does not exist in service workers anyway.
import { segmentsRepo, settingsRepo } from '../db/default-database';
import { starterSegments } from '../domain/segments/starter-segments';
import { browser, extensionUrl } from '../platform/browser';

export const WELCOME_PATH = 'src/ui/options/index.html#/welcome';

export async function onInstalled(reason: string): Promise<void> {
  if (reason === 'install' || reason === 'update') {
    await segmentsRepo().seedStarterSet(starterSegments());
  }
  if (reason !== 'install') return;
  // Once per set of data: Chrome reinstalls a command-line-loaded (or policy-reloaded) extension over the rep's data.
  const onboarding = await settingsRepo().get('onboarding');
  if (onboarding.welcomeSeen) return;
  await settingsRepo().patch('onboarding', { welcomeSeen: true });
  await browser.tabs.create({ url: extensionUrl(WELCOME_PATH) });
}
