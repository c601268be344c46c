import { beforeEach, describe, expect, it } from 'vitest';
import { repContext } from '../../../src/background/rep-context';
import { settingsRepo } from '../../../src/db/default-database';
import { browser } from '../../../src/platform/browser';
import { clearDatabase } from '../../support/dashboard/dashboard-harness';

const managed = () => (browser.storage as unknown as { managed: { set(items: object): Promise<void>; clear(): Promise<void> } }).managed;

beforeEach(async () => {
  await clearDatabase();
  await managed().clear();
  await settingsRepo().set('sender', { name: 'Sam Reyes', title: '', company: '', email: '', phone: '', signature: '', meetingLink: '', country: 'FR' });
});

describe('what the background knows about the rep', () => {
  it('takes the rep\'s own country and name', async () => {
    expect(await repContext()).toEqual({ country: 'FR', ownNames: ['Sam Reyes'] });
  });

  it('takes the administrator\'s default country and sender name over the rep\'s own', async () => {
    await managed().set({ sender: { name: 'Ada Admin' }, defaultCountry: 'DE' });
    expect(await repContext()).toEqual({ country: 'DE', ownNames: ['Ada Admin'] });
  });
});
