// @vitest-environment-options { "url": "https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessage } from '../../setup/fake-browser';
import { PAGE_BUTTON_WITHDRAW } from '../../../src/content/page-button-rules';

type Listener = (message: unknown) => void;

let roots: ShadowRoot[];
let listeners: Listener[];
let sendMessage: ReturnType<typeof vi.fn>;

/** Loads the content script as Chrome would: once per isolated world, with chrome.* of a content script. */
async function loadScript(): Promise<void> {
  await import('../../../src/content/page-button');
}

const host = () => document.documentElement.querySelector('segue-capture-button');
const shadow = () => roots.at(-1)!;
const button = () => shadow().querySelector('button')!;
const status = () => shadow().querySelector('[role="status"]')!;
const settle = () => vi.advanceTimersByTimeAsync(500);

beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  delete (globalThis as { __seguePageButton?: unknown }).__seguePageButton;
  history.replaceState({}, '', '/in/jonas-van-der-berg-4b1a2c3d/');
  const main = document.createElement('main');
  main.append(Object.assign(document.createElement('h1'), { textContent: 'Jonas van der Berg' }));
  document.body.replaceChildren(main);
  roots = [];
  listeners = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  sendMessage = vi.fn(async () => ({ ok: true, value: { review: 'side-panel', found: 'person' } }));
  vi.stubGlobal('chrome', {
    i18n: { getMessage },
    runtime: { sendMessage, onMessage: { addListener: (l: Listener) => listeners.push(l) } },
  });
});

afterEach(() => {
  host()?.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the in-page button', () => {
  it('adds one closed, labelled button on a profile, with its text as text', async () => {
    await loadScript();
    expect(document.querySelectorAll('segue-capture-button')).toHaveLength(1);
    expect(host()!.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host()!.parentNode).toBe(document.documentElement);
    expect(roots[0]!.mode).toBe('closed');
    expect(button().textContent).toBe('Capture with Segue');
    expect(button().getAttribute('aria-label')).toBe('Capture with Segue: review this person before saving');
    expect(button().type).toBe('button');
    expect(status().textContent).toBe('');
    expect(sendMessage).not.toHaveBeenCalled(); // nothing is sent until the rep clicks
  });

  it('loaded twice in the same page (registered script + injection on grant), still shows one button', async () => {
    await loadScript();
    vi.resetModules();
    await loadScript();
    await settle();
    expect(document.querySelectorAll('segue-capture-button')).toHaveLength(1);
  });

  it('asks the background to capture on click and says where the review went', async () => {
    await loadScript();
    button().click();
    expect(status().textContent).toBe('Reading this page…');
    expect(button().getAttribute('aria-busy')).toBe('true');
    button().click(); // a second click while busy sends nothing more
    await vi.advanceTimersByTimeAsync(0);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ segue: 1, name: 'capture.fromPage', request: {} });
    expect(status().textContent).toBe('Opened in Segue for review.');
    expect(button().hasAttribute('aria-busy')).toBe(false);
    await vi.advanceTimersByTimeAsync(7000);
    expect(status().textContent).toBe('');
  });

  it('shows the background’s refusal or error as page text, never as markup', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, value: { review: 'waiting', found: 'none', error: '<img src=x onerror=alert(1)> No person found.' } });
    await loadScript();
    button().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(status().textContent).toBe('<img src=x onerror=alert(1)> No person found.');
    expect(status().querySelector('img')).toBeNull();
    expect(status().classList.contains('error')).toBe(true);

    sendMessage.mockResolvedValueOnce({ ok: true, value: { review: 'waiting', found: 'person' } });
    button().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(status().textContent).toBe('Captured. Click the Segue toolbar button to review.');

    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    button().click();
    await vi.advanceTimersByTimeAsync(0);
    expect(status().textContent).toBe('Extension context invalidated.');
  });

  it('follows single-page navigation: gone on the feed, back on a profile, re-attached if the page drops it', async () => {
    await loadScript();
    history.pushState({}, '', '/feed/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(host()).toBeNull();

    history.pushState({}, '', '/in/mila-jansen-example/');
    document.body.append(document.createElement('section')); // the app renders the profile
    await settle();
    expect(host()).not.toBeNull();

    host()!.remove(); // a page that wipes what it did not render
    await settle();
    expect(document.querySelectorAll('segue-capture-button')).toHaveLength(1);
  });

  it('leaves when the site is no longer allowed, and stays when only another site was turned off', async () => {
    await loadScript();
    for (const l of listeners) l({ segue: 1, name: PAGE_BUTTON_WITHDRAW, stillAllowed: ['https://www.linkedin.com/*'] });
    expect(host()).not.toBeNull();
    for (const l of listeners) l({ segue: 1, name: PAGE_BUTTON_WITHDRAW, stillAllowed: ['https://mail.google.com/*'] });
    expect(host()).toBeNull();
    document.body.append(document.createElement('div'));
    await settle();
    expect(host()).toBeNull(); // withdrawn for good, until the site is allowed again

    vi.resetModules();
    await loadScript(); // the injection that follows a new grant brings it back
    expect(host()).not.toBeNull();
  });
});
