// Context menus: "Log a call to …" on tel: links, and "Capture selection" on selected text (a signature, a line
// with a name and title). Both open the side panel, which stays beside the page while the rep works.
import type { Menus, Tabs } from 'webextension-polyfill';
import { phoneFromTelUrl } from '../domain/call-session';
import { parseSelection } from '../domain/signature/parse-selection';
import { selectionToDraft } from '../domain/selection-draft';
import { repContext } from './rep-context';
import { browser, openSidePanel } from '../platform/browser';
import { putPendingDraft } from '../platform/call-store';
import { startCall } from './calls';
import { prospectForTab } from './page-prospect';

export const MENU_LOG_CALL = 'segue-log-call';
export const MENU_CAPTURE_SELECTION = 'segue-capture-selection';

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_LOG_CALL,
    title: browser.i18n.getMessage('menuLogCall') || 'Log a call to this number',
    contexts: ['link'],
    targetUrlPatterns: ['tel:*'],
  });
  browser.contextMenus.create({
    id: MENU_CAPTURE_SELECTION,
    title: browser.i18n.getMessage('menuCaptureSelection') || 'Capture selection as a prospect',
    contexts: ['selection'],
  });
}

/** Where the side panel can't open (Firefox, no gesture), the popup still shows the call or the draft. */
function openPanel(tab: Tabs.Tab | undefined): Promise<boolean> {
  return tab?.id !== undefined ? openSidePanel(tab.id) : Promise.resolve(false);
}

/** The selection with its line breaks (contextMenus' selectionText flattens them); the menu click grants activeTab. */
async function selectedText(tab: Tabs.Tab | undefined, fallback: string): Promise<string> {
  if (tab?.id === undefined) return fallback;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => String(getSelection() ?? '') });
    const text = typeof result?.result === 'string' ? result.result : '';
    return text.trim() ? text : fallback;
  } catch {
    return fallback;
  }
}

export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === MENU_LOG_CALL) {
    // Open first: the side panel needs the user gesture, which the awaits below would outlive.
    const opening = openPanel(tab);
    const phone = phoneFromTelUrl(info.linkUrl ?? '') ?? undefined;
    const known = await prospectForTab(tab);
    await startCall({ ...(phone ? { phone } : {}), ...(known ? { prospectId: known.id } : {}) });
    await opening;
    return;
  }
  if (info.menuItemId === MENU_CAPTURE_SELECTION) {
    const opening = openPanel(tab);
    const text = await selectedText(tab, info.selectionText ?? '');
    const rep = await repContext();
    const draft = selectionToDraft(parseSelection(text, { ...(rep.country ? { defaultCountry: rep.country } : {}), ownNames: rep.ownNames }), tab?.url ?? '', Date.now());
    await putPendingDraft(draft ?? { error: browser.i18n.getMessage('selectionNoPerson') || 'No name found in the selected text.' });
    await opening;
  }
}
