// The keyboard shortcut and the tel: menu start a call with the person the page identifies, and with nobody when
// the page identifies nobody: after one Gmail capture, the inbox and other messages are not that person.
import { beforeEach, describe, expect, it } from 'vitest';
import { prospectsRepo } from '../../../src/db/default-database';
import { onCommand } from '../../../src/background/shortcuts';
import { onMenuClicked } from '../../../src/background/menus';
import { browser } from '../../../src/platform/browser';
import { readCallSession, writeCallSession } from '../../../src/platform/call-store';
import { rememberOpenMessage } from '../../../src/platform/open-message';
import { clearDatabase } from '../../support/dashboard/dashboard-harness';
import { makeDraft } from '../../support/db/drafts';

const MESSAGE = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp';
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const OTHER_MESSAGE = 'https://mail.google.com/mail/u/0/#inbox/QgrcJHsNnLzBqwDfPmXvkTfRwbWcLkRq';
const TAB = 7;

let daraId = '';
beforeEach(async () => {
  await clearDatabase();
  await writeCallSession(null);
  await browser.storage.session.clear();
  const saved = await prospectsRepo().saveDraft(makeDraft(
    { fullName: 'Dara Quill', company: 'Lakeside', emails: ['dara@lakeside.example'], phones: [{ number: '+12025550147' }] },
    { url: MESSAGE, site: 'gmail' }, 'gmail',
  ));
  daraId = saved.prospect.id;
  // What capturing the open message in this tab leaves behind (background/capture.ts).
  await rememberOpenMessage(TAB, MESSAGE, 'dara@lakeside.example');
});

describe('calls started for the page in the active tab', () => {
  it('the shortcut on the inbox and on another message starts a call with nobody', async () => {
    for (const url of [INBOX, OTHER_MESSAGE]) {
      await writeCallSession(null);
      expect(await onCommand('log-call', { id: TAB, url, active: true } as never)).toBe('started');
      expect((await readCallSession())?.prospectId, url).toBeUndefined();
    }
  });

  it('the shortcut on the captured message starts a call with its sender', async () => {
    await onCommand('log-call', { id: TAB, url: MESSAGE, active: true } as never);
    expect((await readCallSession())?.prospectId).toBe(daraId);
  });

  it('the same address in another tab, never captured there, is nobody yet', async () => {
    await onCommand('log-call', { id: TAB + 1, url: MESSAGE, active: true } as never);
    expect((await readCallSession())?.prospectId).toBeUndefined();
  });

  it('the tel: menu on the inbox takes the number from the link and no prospect', async () => {
    await onMenuClicked({ menuItemId: 'segue-log-call', linkUrl: 'tel:+1-202-555-0199', editable: false } as never, { id: TAB, url: INBOX } as never);
    const session = await readCallSession();
    expect(session?.prospectId).toBeUndefined();
    expect(session?.phone).toBe('+1-202-555-0199');
  });

  it('a new capture in the tab that finds no message forgets the sender', async () => {
    await rememberOpenMessage(TAB, MESSAGE, undefined);
    await onCommand('log-call', { id: TAB, url: MESSAGE, active: true } as never);
    expect((await readCallSession())?.prospectId).toBeUndefined();
  });
});
