// The right person for the page, in real Chromium. After one Gmail capture, another view of Gmail (the inbox, another
// message: a different fragment of the same address) is nobody: the popup does not say "already in Segue" and the
// log-call shortcut starts a call with no one. The captured message itself still finds its sender.
//
// The shortcut and the tel: menu item are driven through their handlers in the test build (dist-test/, see
// tests/support/background-test-entry.ts): Chromium assigns Alt+Shift+L but never delivers a synthetic key press to
// chrome.commands.onCommand for a command-line-loaded extension (tried with CDP Input.dispatchKeyEvent and
// Playwright's keyboard), and headless Chromium shows no context menu to click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { amaraDraft } from './drafts';
import { servePage } from './pages';
import { startSegue, type Segue } from './segue';

const GMAIL = DEMO_PAGES.find((p) => p.url.startsWith('https://mail.google.com/'))!.url;
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const OTHER_MESSAGE = 'https://mail.google.com/mail/u/0/#inbox/QgrcJHsNnLzBqwDfPmXvkTfRwbWcLkRq';
const SPEAKER = DEMO_PAGES[0]!.url;
const TEAM = DEMO_PAGES.find((p) => p.url === 'https://northwind.example.com/team')!.url;

let segue: Segue;

beforeAll(async () => {
  segue = await startSegue({ testBuild: true });
  // The Gmail page's signature image lives on Google's media host: answer it locally (empty), as part of the fixture.
  await servePage(segue.context, 'https://ci3.googleusercontent.com/**', '');
});

afterAll(async () => {
  await segue?.close();
  expect(segue?.offending() ?? []).toEqual([]);
});

interface CallSession { prospectId?: string; prospectName?: string; phone?: string }

async function activeTabId(): Promise<number> {
  return (await segue.serviceWorker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/**
 * The log-call shortcut's handler, as Chromium calls it for a key press on this page: with the tab (its id and
 * address; a command's key press grants activeTab, so the address is there).
 */
async function pressLogCall(page: Page): Promise<CallSession | null> {
  const worker = await segue.serviceWorker();
  const id = await activeTabId();
  await worker.evaluate(
    ([tabId, url]) => (globalThis as unknown as { segueTest: { onCommand: (c: string, t: unknown) => Promise<string> } }).segueTest.onCommand('log-call', { id: tabId, url, active: true }),
    [id, page.url()] as const,
  );
  return worker.evaluate(async () => ((await chrome.storage.local.get('activeCall')).activeCall as CallSession | undefined) ?? null);
}

async function discardCall(): Promise<void> {
  await segue.send('call.discard', {});
}

/** Waits until the popup home has loaded its Dexie-backed part (the recent list), then reads the known-person line. */
async function knownLine(popup: Page): Promise<string | null> {
  await popup.getByTestId('prospect-list').waitFor();
  await popup.waitForTimeout(600);
  const line = popup.getByText(/is already in Segue\./);
  return (await line.count()) ? line.first().textContent() : null;
}

describe('the right person for the page', () => {
  it('after a Gmail capture, the inbox and another message are nobody; the captured message is its sender', async () => {
    const page = await segue.context.newPage();
    await page.goto(GMAIL);
    let popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    const sender = await form.getByLabel('Full name').inputValue();
    expect(sender).toBe('Jane Doe');
    await form.getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    await popup.close();

    // The same message: the popup knows its sender, and the shortcut calls her.
    popup = await segue.openPopup(page);
    expect(await knownLine(popup)).toBe('Jane Doe is already in Segue.');
    await segue.screenshot(popup, 'identity-gmail-captured-message');
    await popup.close();
    expect((await pressLogCall(page))?.prospectName).toBe('Jane Doe');
    await discardCall();

    // Another view of Gmail: same path, different fragment. The page still shows the same fixture, which proves the
    // popup does not read the page to decide: an address that is not the captured message is nobody.
    for (const url of [INBOX, OTHER_MESSAGE]) {
      await page.goto(url);
      expect(page.url()).toBe(url);
      popup = await segue.openPopup(page);
      expect(await knownLine(popup), url).toBeNull();
      expect(await popup.getByTestId('prospect-list').textContent()).toContain('Jane Doe'); // she is saved, just not this page's person
      await segue.screenshot(popup, url === INBOX ? 'identity-gmail-inbox' : 'identity-gmail-other-message');
      await popup.close();

      const call = await pressLogCall(page);
      expect(call, url).not.toBeNull();
      expect(call?.prospectId, url).toBeUndefined();
      await discardCall();
    }
    await page.close();
  });

  it('a team page identifies none of its people, even the one captured from it', async () => {
    const page = await segue.context.newPage();
    await page.goto(TEAM);
    let popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const list = popup.getByRole('list', { name: /people on this page/ });
    await list.waitFor();
    const first = (await list.locator('li strong').first().textContent())!;
    await list.getByRole('button').first().click();
    await popup.getByRole('form', { name: 'Review before saving' }).getByRole('button', { name: 'Save prospect' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    await popup.close();

    popup = await segue.openPopup(page);
    expect(await knownLine(popup)).toBeNull();
    expect(await popup.getByTestId('prospect-list').textContent()).toContain(first);
    await popup.close();
    expect((await pressLogCall(page))?.prospectId).toBeUndefined();
    await discardCall();
    await page.close();
  });

  it('starts a call from the shortcut and a tel: link on a one-person page, shown in the side panel', async () => {
    await segue.send('prospects.save', { draft: amaraDraft() });
    const page = await segue.context.newPage();
    await page.goto(SPEAKER);
    await page.bringToFront();
    expect((await pressLogCall(page))?.prospectName).toBe('Amara Okafor');
    const panel = await segue.openPage('src/ui/sidepanel/index.html');
    await panel.getByTestId('call-view').waitFor();
    await segue.screenshot(panel, 'call-4-side-panel');
    await discardCall();
    await panel.getByTestId('call-view').waitFor({ state: 'detached' });

    // "Log a call to …" on a tel: link: the number comes from the link, the prospect from the page.
    const tabId = await activeTabId();
    await (await segue.serviceWorker()).evaluate(
      ([id, url]) =>
        (globalThis as unknown as { segueTest: { onMenuClicked: (i: unknown, t: unknown) => Promise<void> } }).segueTest.onMenuClicked(
          { menuItemId: 'segue-log-call', linkUrl: 'tel:+1-415-555-0199', editable: false },
          { id, url, active: true },
        ),
      [tabId, SPEAKER] as const,
    );
    await panel.getByTestId('call-view').waitFor();
    expect(await panel.getByText('+1-415-555-0199').count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'Call with Amara Okafor' }).count()).toBe(1);
    await discardCall();
    await panel.close();
    await page.close();
  });
});
