// First run: seed marketing's starter segments (only once; the rep can reset them from the dashboard), and on a fresh
// install open the dashboard's short setup (who you are, what you sell, which playbook), which the rep may skip.
// Eviction needs no request here: Chrome never clears the storage of an extension holding unlimitedStorage,
// and navigator.storage.persist() does not exist in service workers anyway.
import { segmentsRepo } from '../db/default-database';
import { starterSegments } from '../domain/segments/starter-segments';
import { browser, extensionUrl } from '../platform/browser';

export const WELCOME_PATH = 'src/ui/options/index.html#/welcome';

export async function onInstalled(reason: string): Promise<void> {
  if (reason === 'install' || reason === 'update') {
    await segmentsRepo().seedStarterSet(starterSegments());
  }
  if (reason === 'install') await browser.tabs.create({ url: extensionUrl(WELCOME_PATH) });
}
