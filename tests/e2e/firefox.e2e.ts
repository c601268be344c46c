// Segue in real headless Firefox ESR: the shared user flows (flows.ts), plus what is Firefox's own: the sidebar
// instead of Chrome's side panel, and the event page instead of a service worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_PAGE } from '../../src/tools/manifests';
import { until } from './driver';
import { captureFlow, coldCallFlow, dashboardFlow, pageButtonFlow, sidebarCallFlow, storageSurvivesStopFlow, talkingPointsFlow } from './flows';
import { EXTENSION_ORIGIN, startFirefox, type FirefoxSegue } from './firefox';

let ff: FirefoxSegue;

const GREY_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPo6OgAAAMEAYFL09IQAAAAAElFTkSuQmCC', 'base64');

beforeAll(async () => {
  ff = await startFirefox();
  ff.serve('https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/', readFileSync(resolve(import.meta.dirname, '../fixtures/linkedin/signed-in-profile.html')));
  ff.serve('https://media.licdn.example.com/*', GREY_PIXEL, 'image/png');
});

afterAll(async () => {
  await ff?.close();
});

/** Firefox's sidebar as the browser shows it: open or not, and which page it holds. */
function sidebarState(): Promise<{ open: boolean; id: string | null; page: string | null }> {
  return ff.inChrome(`
    const panel = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
    return { open: Boolean(SidebarController.isOpen), id: SidebarController.currentID ?? null, page: panel?.currentURI?.spec ?? null };`);
}

/** Text in the real sidebar's document (Firefox lets any of Segue's pages reach its sidebar window). */
function inRealSidebar(selector: string): Promise<string | null> {
  return ff.inExtension((s) => {
    const [view] = (globalThis as unknown as { browser: { extension: { getViews: (f: { type: string }) => Window[] } } }).browser.extension.getViews({ type: 'sidebar' });
    return view?.document.querySelector(s)?.textContent?.trim() ?? null;
  }, selector);
}

// One browser for the whole file, in order: each flow builds on the data the one before saved.
describe('Segue in Firefox ESR', () => {
  it('captures a prospect from a profile page at its real URL, through the real toolbar button', () => captureFlow(ff));
  it('shows the matched segment, talking points, and copies a filled-in message', () => talkingPointsFlow(ff));
  it('logs a cold call with timer, outcome and follow-up, through a stopped event page', () => coldCallFlow(ff));
  it('shows a running call in the sidebar page', () => sidebarCallFlow(ff, SIDEBAR_PAGE));

  it('builds the sidebar page Firefox opens (the manifest names it only in sidebar_action)', async () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist-firefox/manifest.json'), 'utf8')) as { sidebar_action: { default_panel: string } };
    expect(manifest.sidebar_action.default_panel).toBe(SIDEBAR_PAGE);
    const html = readFileSync(resolve(import.meta.dirname, '../../dist-firefox', SIDEBAR_PAGE), 'utf8');
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/[^"]+\.js"/);
  });

  it('opens the review in the real sidebar when the rep clicks the in-page button (Firefox has no side panel)', () => pageButtonFlow(ff, 'sidebar'));

  it('shows a running call in the real sidebar, which stays beside the page', async () => {
    const state = await sidebarState();
    expect(state).toMatchObject({ open: true, id: 'segue_segue_invalid-sidebar-action', page: `${EXTENSION_ORIGIN}/${SIDEBAR_PAGE}` });
    const [prospect] = await ff.table<{ id: string; fullName: string }>('prospects');
    const page = await ff.visit('https://events.example.com/speakers/amara-okafor');
    await ff.send('call.start', { prospectId: prospect!.id, replace: true });
    await until(() => inRealSidebar('#call-heading'), (t) => t === `Call with ${prospect!.fullName}`, 10_000, 'the call in the sidebar');
    await ff.screenshotBrowser!('firefox-sidebar-4-call-beside-page');
    await ff.send('call.discard', {});
    await until(() => inRealSidebar('[data-testid=call-view]'), (t) => t === null, 10_000, 'the call gone from the sidebar');
    await page.close();
  });

  it('shows the prospects, calls and settings in the options dashboard', () => dashboardFlow(ff));
  it('keeps IndexedDB when Firefox stops the event page', () => storageSurvivesStopFlow(ff));
});
