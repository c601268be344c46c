// Keyboard shortcuts (commands API). "log-call" starts a call for the prospect known from the current tab and
// opens the side panel beside the page; the call view lets the rep pick or search the prospect otherwise.
import type { Tabs } from 'webextension-polyfill';
import { browser, openSidePanel } from '../platform/browser';
import { startCall } from './calls';
import { prospectForTab } from './page-prospect';

export const COMMAND_LOG_CALL = 'log-call';

export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<'started' | 'ignored'> {
  if (command !== COMMAND_LOG_CALL) return 'ignored';
  // Opened first, while the shortcut's user gesture still counts.
  const opening = tab?.id !== undefined ? openSidePanel(tab.id) : Promise.resolve(false);
  const activeTab = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  const known = await prospectForTab(activeTab);
  await startCall(known ? { prospectId: known.id } : {});
  await opening;
  return 'started';
}
