import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../../src/adapters/pipeline';
import type { ExtractionResult } from '../../../src/domain/extraction';
import type { ProspectDraft } from '../../../src/domain/prospect';
import { browser, type Runtime } from '../../../src/platform/browser';
import { takePendingDraft } from '../../../src/platform/call-store';
import { captureFromPage, fromWebPage, pendingReviewOf } from '../../../src/background/page-capture';

const PROFILE_URL = 'https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/';
const OWN = 'chrome-extension://segue-test-extension/';

function linkedInCapture(): ExtractionResult {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/linkedin/signed-in-profile.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractPage(doc, new URL(PROFILE_URL));
}

/** The page answers the capture script like Chrome does: one executeScript for the file, one for the function. */
function pageAnswers(result: ExtractionResult | Error) {
  return vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    if (details.files) return [];
    if (result instanceof Error) throw result;
    return [{ frameId: 0, result }];
  }) as never);
}

const fromButton = (overrides: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender =>
  ({ id: 'segue-test-extension', url: PROFILE_URL, origin: 'https://www.linkedin.com', frameId: 0, tab: { id: 7, windowId: 3, url: PROFILE_URL, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, ...overrides }) as Runtime.MessageSender;

function surfaces(panel: boolean, popup: boolean) {
  const order: string[] = [];
  return {
    order,
    openSidePanel: vi.fn(async (tabId: number) => { order.push(`panel ${tabId}`); return panel; }),
    openPopup: vi.fn(async (windowId: number | undefined) => { order.push(`popup ${windowId}`); return popup; }),
  };
}

beforeEach(async () => {
  vi.restoreAllMocks();
  await browser.storage.session.clear();
});

describe('capture from the in-page button', () => {
  it('captures the sender tab, leaves the person for review and opens the side panel before the page is read', async () => {
    const executeScript = pageAnswers(linkedInCapture());
    const ui = surfaces(true, true);
    executeScript.mockImplementationOnce((async () => { ui.order.push('read page'); return []; }) as never);

    const answer = await captureFromPage(fromButton(), ui);

    expect(answer).toEqual({ review: 'side-panel', found: 'person' });
    expect(ui.order).toEqual(['panel 7', 'read page']); // the panel asked while the click's gesture lasts
    expect(ui.openPopup).not.toHaveBeenCalled();
    expect(executeScript.mock.calls.map(([d]) => (d as { target: { tabId: number } }).target.tabId)).toEqual([7, 7]);
    const draft = (await takePendingDraft()) as ProspectDraft | null;
    expect(draft?.fields).toMatchObject({ fullName: 'Jonas van der Berg', title: 'Director of Partnerships', company: 'Fabrikam Data' });
  });

  it('falls back to the toolbar popup, then to waiting for the rep, keeping the draft either way', async () => {
    pageAnswers(linkedInCapture());
    expect(await captureFromPage(fromButton(), surfaces(false, true))).toEqual({ review: 'popup', found: 'person' });
    expect(((await takePendingDraft()) as ProspectDraft | null)?.fields.fullName).toBe('Jonas van der Berg');

    const ui = surfaces(false, false);
    expect(await captureFromPage(fromButton(), ui)).toEqual({ review: 'waiting', found: 'person' });
    expect(ui.openPopup).toHaveBeenCalledWith(3);
    expect(((await takePendingDraft()) as ProspectDraft | null)?.fields.fullName).toBe('Jonas van der Berg');
  });

  it('hands a failed read to review as an error, never as a half draft', async () => {
    pageAnswers(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const answer = await captureFromPage(fromButton(), surfaces(true, false));
    expect(answer.found).toBe('none');
    expect(answer.error).toMatch(/only after you click its toolbar button/);
    expect(await takePendingDraft()).toEqual({ error: answer.error });
  });

  it('hands every person to the review when the page has several, for the rep to pick', () => {
    const one = linkedInCapture();
    if (!one.ok) throw new Error(one.error);
    const several: ExtractionResult = { ...one, people: [one.people[0]!, { ...one.people[0]!, fields: { ...one.people[0]!.fields, fullName: 'Mila Jansen' } }] };
    expect(pendingReviewOf(several)).toEqual({ people: several.ok ? several.people : [] });
    expect(pendingReviewOf({ ok: false, url: PROFILE_URL, error: 'No person found on this page.', reports: [] })).toEqual({ error: 'No person found on this page.' });
  });

  it('refuses a request that does not come from a page button in a top frame', async () => {
    pageAnswers(linkedInCapture());
    const ui = surfaces(true, true);
    await expect(captureFromPage(fromButton({ tab: undefined }), ui)).rejects.toThrow(/button on a page/);
    await expect(captureFromPage(fromButton({ url: `${OWN}src/ui/options/index.html`, origin: OWN.slice(0, -1) } as Partial<Runtime.MessageSender>), ui)).rejects.toThrow(/button on a page/);
    await expect(captureFromPage(fromButton({ frameId: 2 }), ui)).rejects.toThrow(/top frame/);
    expect(ui.openSidePanel).not.toHaveBeenCalled();
    expect(await takePendingDraft()).toBeNull();
  });
});

describe('who may send which message', () => {
  it('tells content scripts in web pages from Segue’s own pages, with or without sender.origin', () => {
    expect(fromWebPage({ url: PROFILE_URL, origin: 'https://www.linkedin.com' } as Runtime.MessageSender, OWN)).toBe(true);
    expect(fromWebPage({ url: PROFILE_URL } as Runtime.MessageSender, OWN)).toBe(true);
    expect(fromWebPage({ url: `${OWN}src/ui/popup/index.html`, origin: OWN.slice(0, -1) } as Runtime.MessageSender, OWN)).toBe(false);
    expect(fromWebPage({ url: `${OWN}src/ui/sidepanel/index.html` } as Runtime.MessageSender, OWN)).toBe(false);
    // A look-alike page URL is still a web page.
    expect(fromWebPage({ url: `https://evil.example/${OWN}` } as Runtime.MessageSender, OWN)).toBe(true);
  });

  it('the service worker ignores any other message from a content script', async () => {
    // The gate sits in front of the router, in the service worker's own listener: load the worker afresh to get it.
    const listeners: Array<(m: unknown, s: Runtime.MessageSender) => unknown> = [];
    vi.resetModules();
    const { browser: fresh } = await import('../../../src/platform/browser');
    vi.spyOn(fresh.runtime.onMessage, 'addListener').mockImplementation(((l: (m: unknown, s: Runtime.MessageSender) => unknown) => void listeners.push(l)) as never);
    await import('../../../src/background/index');
    const listener = listeners.at(-1)!;
    const page = fromButton();
    expect(listener({ segue: 1, name: 'data.clearAll', request: { confirm: 'DELETE' } }, page)).toBeUndefined();
    expect(listener({ segue: 1, name: 'system.ping', request: {} }, page)).toBeUndefined();
    const own = { id: 'segue-test-extension', url: `${OWN}src/ui/popup/index.html`, origin: OWN.slice(0, -1) } as Runtime.MessageSender;
    await expect(listener({ segue: 1, name: 'system.ping', request: {} }, own)).resolves.toMatchObject({ ok: true });
  });
});
