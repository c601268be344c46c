// Segue's user flows written once, for any browser with a harness that implements ExtensionDriver (driver.ts).
// Screenshots are named <browser>-<flow>-<step>.png in test-results/e2e/.
import { expect } from 'vitest';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { hitArea, read, sleep, until, type ExtensionDriver, type UiPage } from './driver';

const AMARA_URL = DEMO_PAGES[0]!.url;
const NO_PERSON_URL = DEMO_PAGES[1]!.url;
const REVIEW_FORM = 'form[aria-label="Review before saving"]';

const shot = (d: ExtensionDriver, page: UiPage, name: string) => page.screenshot(`${d.browserName}-${name}`);

/** The extension API inside a page: Firefox's browser.*, or Chrome's chrome.* (both promise-based in MV3). */
type Api = {
  action: { getBadgeText: (d: object) => Promise<string> };
  permissions: { contains: (p: object) => Promise<boolean> };
  scripting: { getRegisteredContentScripts: () => Promise<Array<{ id: string; matches?: string[] }>> };
};

async function timerSeconds(popup: UiPage): Promise<number> {
  const [m, s] = ((await read.text(popup, '[data-testid=call-timer]')) ?? '').split(':').map(Number);
  return m! * 60 + s!;
}

/** Toolbar click on a profile page → Capture → review → save → listed; and a page with no person. */
export async function captureFlow(d: ExtensionDriver): Promise<void> {
  const page = await d.visit(AMARA_URL);
  const popup = await d.clickToolbar(page);
  await popup.waitFor('[data-testid=capture]');
  await shot(d, popup, 'capture-1-popup-home');

  await popup.click('[data-testid=capture]');
  await popup.waitFor(REVIEW_FORM);
  const fields = await until(() => read.reviewFields(popup), (f) => f?.['Full name'] === 'Amara Okafor', 10_000, 'the review form');
  expect(fields).toMatchObject({
    'Full name': 'Amara Okafor', 'First name': 'Amara', 'Last name': 'Okafor', Title: 'VP of Sales',
    Company: 'Brightwave Analytics', 'Emails (one per line)': 'amara.okafor@brightwave.example.com',
  });
  await shot(d, popup, 'capture-2-review');

  await popup.fill(`${REVIEW_FORM} textarea[name=notes]`, 'Met at RevOps Summit; interested in outbound coaching.');
  await popup.clickText(`${REVIEW_FORM} button`, 'Save prospect');
  await popup.waitFor('[data-testid=prospect-view]');
  expect(await read.text(popup, 'h1')).toBe('Amara Okafor');
  await shot(d, popup, 'capture-3-saved');

  const rows = await d.table<{ fullName: string; company?: string; emails: string[]; notes?: string }>('prospects');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ fullName: 'Amara Okafor', company: 'Brightwave Analytics', emails: ['amara.okafor@brightwave.example.com'] });
  await popup.close();

  // The popup now knows the person on this page and lists her among the recent prospects.
  const again = await d.clickToolbar(page);
  await until(() => read.bodyText(again), (t) => t.includes('Amara Okafor is already in Segue.'), 10_000, 'the known-person notice');
  expect(await read.text(again, '[data-testid=prospect-list]')).toContain('Amara Okafor');
  await shot(d, again, 'capture-4-known');
  await again.close();
  await page.close();

  const blog = await d.visit(NO_PERSON_URL);
  const empty = await d.clickToolbar(blog);
  await empty.click('[data-testid=capture]');
  await empty.waitFor('[data-testid=capture-error]');
  expect(await read.text(empty, '[data-testid=capture-error]')).toMatch(/no person found/i);
  await shot(d, empty, 'capture-5-no-person');
  expect(await d.table('prospects')).toHaveLength(1);
  await empty.close();
  await blog.close();
}

/** Segment match with its reasons, talking points, and a filled-in message copied to the clipboard. */
export async function talkingPointsFlow(d: ExtensionDriver): Promise<void> {
  const page = await d.visit(AMARA_URL);
  const popup = await d.clickToolbar(page);
  await popup.clickText('button', 'Open');
  await popup.waitFor('[data-testid=segment-matches] .segment-match');
  expect(await read.text(popup, '.segment-match')).toContain('Sales leaders');
  expect(await read.text(popup, '.segment-match .badge')).toMatch(/^Match \d+$/);
  await popup.clickText('.segment-match button', /^Why/);
  await popup.waitFor('.segment-match ul.reasons');
  expect(await read.text(popup, '.segment-match ul.reasons')).toMatch(/VP of Sales → seniority in \([^)]*vp[^)]*\) \+\d+/);

  const points = await read.texts(popup, '[data-testid=talking-points] li');
  expect(points.length).toBeGreaterThanOrEqual(4);
  for (const text of points) {
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text.length).toBeGreaterThan(20);
  }
  const email = (await read.value(popup, '[data-testid=message-body]'))!;
  expect(email).toMatch(/^Hi Amara,/);
  expect(email).toContain('Brightwave Analytics');
  expect(email).not.toMatch(/\{\{|\}\}|Hi ,| {2}/);
  await shot(d, popup, 'talking-1-segments-and-email');

  await popup.clickText('[data-testid=messages] [role=tab]', 'LinkedIn note');
  const note = await until(() => read.value(popup, '[data-testid=message-body]'), (v) => Boolean(v) && v !== email, 5000, 'the LinkedIn note');
  expect(note!.length).toBeLessThanOrEqual(300);
  expect(await read.text(popup, '[data-testid=char-count]')).toBe(`${note!.length} / 300`);

  await popup.clickText('[data-testid=messages] button', 'Copy');
  await until(() => read.bodyText(popup), (t) => t.includes('Copied to the clipboard.'), 5000, 'the copied notice');
  expect(await d.clipboardText(popup)).toBe(note);
  await shot(d, popup, 'talking-2-linkedin-note-copied');
  await until(async () => (await d.table<{ kind: string; data?: { channel?: string } }>('activities'))
    .filter((a) => a.kind === 'message_copied').map((a) => a.data?.channel).join(), (v) => v === 'linkedin_connect', 5000, 'the copy activity');
  await popup.close();
  await page.close();
}

/**
 * A cold call from the toolbar: timer and badge, notes kept through a closed popup and a stopped background,
 * pause, outcome, follow-up, saved call and task.
 */
export async function coldCallFlow(d: ExtensionDriver): Promise<void> {
  const badge = () => d.inExtension(() => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).action.getBadgeText({});
  }, null);
  const page = await d.visit(AMARA_URL);
  let popup = await d.clickToolbar(page);
  await popup.clickText('button', 'Open');
  await popup.click('[data-testid=log-call]');
  await popup.waitFor('[data-testid=call-view]');
  expect(await read.text(popup, '#call-heading')).toBe('Call with Amara Okafor');
  expect(await read.bodyText(popup)).toContain('+14155550132');
  await popup.waitFor('[data-testid=talking-points]');
  expect(await read.text(popup, '[data-testid=call-script]')).toContain('Amara');
  await until(() => timerSeconds(popup), (s) => s >= 2, 5000, 'the timer');
  expect(await badge()).toMatch(/^\d:\d\d$/);

  await popup.fill('[data-testid=call-notes]', 'Asked about pricing for 40 seats; evaluating two vendors.');
  await popup.clickText('label.outcome', 'Meeting booked');
  await popup.fill('[data-testid=call-next-step]', 'Send proposal and case study');
  await shot(d, popup, 'call-1-running');
  await sleep(400); // notes are written to storage 250 ms after the last keystroke
  const before = await timerSeconds(popup);
  await popup.close();

  await d.stopBackground();
  await sleep(1200);
  popup = await d.clickToolbar(page);
  await popup.waitFor('[data-testid=call-view]');
  expect(await read.value(popup, '[data-testid=call-notes]')).toBe('Asked about pricing for 40 seats; evaluating two vendors.');
  expect(await read.value(popup, '[data-testid=call-next-step]')).toBe('Send proposal and case study');
  expect(await read.checked(popup, 'input[name=outcome][value=meeting_booked]')).toBe(true);
  expect(await timerSeconds(popup)).toBeGreaterThan(before);

  await popup.click('[data-testid=call-toggle]');
  await popup.waitFor('[data-testid=call-toggle]');
  await until(() => read.text(popup, '[data-testid=call-toggle]'), (t) => t === 'Resume', 5000, 'the Resume button');
  const paused = await timerSeconds(popup);
  await sleep(1500);
  expect(await timerSeconds(popup)).toBe(paused);
  await popup.click('[data-testid=call-toggle]');
  await until(() => read.text(popup, '[data-testid=call-toggle]'), (t) => t === 'Pause', 5000, 'the Pause button');

  await popup.clickText('button', 'Tomorrow 9:00');
  await until(() => read.value(popup, '[data-testid=call-follow-up]'), (v) => /T09:00$/.test(v ?? ''), 5000, 'the follow-up time');
  await shot(d, popup, 'call-2-outcome-and-follow-up');
  await popup.click('[data-testid=call-save]');
  await until(() => read.bodyText(popup), (t) => t.includes('Call logged. The follow-up reminder is set.'), 10_000, 'the saved notice');
  await shot(d, popup, 'call-3-saved');

  const calls = await d.table<{ outcome: string; durationSec: number; notes: string; nextStep: string; segmentId?: string; templateId?: string }>('calls');
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({
    outcome: 'meeting_booked', notes: 'Asked about pricing for 40 seats; evaluating two vendors.', nextStep: 'Send proposal and case study',
    segmentId: 'sales-leaders-saas', templateId: 'call-opener',
  });
  expect(calls[0]!.durationSec).toBeGreaterThanOrEqual(3);
  const tasks = await d.table<{ title: string; done: number; dueAt: number }>('tasks');
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({ title: 'Send proposal and case study', done: 0 });
  expect(new Date(tasks[0]!.dueAt).getHours()).toBe(9);
  expect(await badge()).toBe('');
  await popup.close();
  await page.close();
}

/** The sidebar page shows a running call beside the page, and stops showing it when the call ends. */
export async function sidebarCallFlow(d: ExtensionDriver, sidebarPath: string): Promise<void> {
  const prospects = await d.table<{ id: string }>('prospects');
  const panel = await d.openPage(sidebarPath);
  await panel.waitFor('[data-testid=capture]');
  await d.send('call.start', { prospectId: prospects[0]!.id, replace: true });
  await panel.waitFor('[data-testid=call-view]');
  expect(await read.text(panel, '#call-heading')).toBe('Call with Amara Okafor');
  await until(() => timerSeconds(panel), (s) => s >= 1, 5000, 'the timer in the sidebar');
  await shot(d, panel, 'sidebar-1-call');
  await d.send('call.discard', {});
  await panel.waitFor('[data-testid=call-view]', { gone: true });
  await panel.close();
}

/** The options dashboard: the prospect, the logged call and the follow-up are all there. */
export async function dashboardFlow(d: ExtensionDriver): Promise<void> {
  const dashboard = await d.openPage('src/ui/options/index.html#/prospects');
  await dashboard.waitFor('h1');
  await until(() => read.bodyText(dashboard), (t) => t.includes('Amara Okafor') && t.includes('Brightwave Analytics'), 10_000, 'the prospect in the dashboard');
  await shot(d, dashboard, 'dashboard-1-prospects');
  await dashboard.evaluate(() => { location.hash = '#/calls'; }, null);
  await until(() => read.bodyText(dashboard), (t) => t.includes('Send proposal and case study') || t.includes('Meeting booked'), 10_000, 'the call in the dashboard');
  await shot(d, dashboard, 'dashboard-2-calls');
  await dashboard.evaluate(() => { location.hash = '#/settings'; }, null);
  await dashboard.waitFor('[data-testid=site-permissions]');
  await shot(d, dashboard, 'dashboard-3-settings');
  await dashboard.close();
}

/** IndexedDB written through the background survives the background being stopped, and it writes again after. */
export async function storageSurvivesStopFlow(d: ExtensionDriver): Promise<void> {
  const before = await d.table<{ id: string; fullName: string }>('prospects');
  expect(before.length).toBeGreaterThan(0);
  await d.stopBackground();
  await sleep(500);
  // Reading through the background (restarted by this message) sees every row.
  const listed = await d.send<unknown>('system.ping', {});
  expect(listed).toBeTruthy();
  expect((await d.table<{ id: string }>('prospects')).map((p) => p.id).sort()).toEqual(before.map((p) => p.id).sort());
  const saved = await d.send<{ prospect: { id: string } }>('prospects.save', {
    draft: {
      fields: { fullName: 'Lena Fischer', firstName: 'Lena', lastName: 'Fischer', title: 'Head of Revenue Operations', company: 'Nordlicht Labs',
        emails: ['lena.fischer@nordlicht.example.org'], phones: [], profiles: {}, tags: [], notes: '' },
      fieldSources: {}, source: { url: 'https://nordlicht.example.org/team', site: 'web', capturedAt: Date.now() },
    },
  });
  await d.stopBackground();
  const after = await d.table<{ id: string }>('prospects');
  expect(after.map((p) => p.id)).toContain(saved.prospect.id);
  expect(after).toHaveLength(before.length + 1);
}

const LINKEDIN_PROFILE = 'https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/';
const BUTTON = 'segue-capture-button';

/**
 * The optional site permission and the in-page button: nothing runs on LinkedIn until the rep allows it in the
 * dashboard (a real click on the toggle, which asks the browser for the permission); then the button shows on a
 * profile, a click captures the person, and the review opens in the sidebar (open beside the page) or waits for
 * the toolbar popup; turning the site off removes the button.
 */
export async function pageButtonFlow(d: ExtensionDriver, reviewSurface: string): Promise<void> {
  const granted = () => d.inExtension((o) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).permissions.contains({ origins: [o] });
  }, 'https://www.linkedin.com/*');
  const registered = () => d.inExtension(() => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).scripting.getRegisteredContentScripts().then((list) => list.map((s) => `${s.id} ${s.matches?.join(',')}`));
  }, null);

  expect(await granted()).toBe(false);
  expect(await registered()).toEqual([]);
  const profile = await d.visit(LINKEDIN_PROFILE);
  await sleep(1000);
  expect(await read.count(profile, BUTTON)).toBe(0);

  const settings = await d.openPage('src/ui/options/index.html#/settings');
  await settings.waitFor('[data-testid=permission-linkedin]');
  expect(await read.checked(settings, '[data-testid=permission-linkedin]')).toBe(false);
  await settings.click('[data-testid=permission-linkedin]');
  await until(() => read.checked(settings, '[data-testid=permission-linkedin]'), (v) => v === true, 10_000, 'the LinkedIn toggle');
  await shot(d, settings, 'page-button-1-site-allowed');
  await settings.close();
  expect(await granted()).toBe(true);
  await until(registered, (list) => list.join() === 'segue-page-button-linkedin https://www.linkedin.com/*', 10_000, 'the registered button script');

  // The open profile gets the button without a reload, and a fresh load from the registered script.
  await until(() => read.count(profile, BUTTON), (n) => n === 1, 10_000, 'the button on the open profile');
  await profile.reload();
  await until(() => read.count(profile, BUTTON), (n) => n === 1, 10_000, 'the button after a reload');
  expect(await profile.evaluate((s) => { const h = document.querySelector(s); return { shadow: h?.shadowRoot ?? null, text: h?.textContent ?? null }; }, BUTTON))
    .toEqual({ shadow: null, text: '' });
  await shot(d, profile, 'page-button-2-on-profile');

  // The rep clicks the button: Segue captures the person and opens the review itself, beside the page where the
  // browser allows it (Chrome's side panel, Firefox's sidebar), else in the toolbar popup.
  await profile.bringToFront();
  const at = await until(() => profile.evaluate(hitArea, BUTTON), Boolean, 5000, 'the button on screen');
  await profile.clickAt(at!.x, at!.y);
  const opened = await until(() => d.openedReview(), (r) => r?.fields['Full name'] === 'Jonas van der Berg', 15_000, 'the review Segue opened');
  expect(opened!.surface).toBe(reviewSurface);
  expect(opened!.fields).toMatchObject({ Title: 'Director of Partnerships', Company: 'Fabrikam Data' });
  await shot(d, profile, 'page-button-3-after-click');
  await d.screenshotBrowser?.(`${d.browserName}-${reviewSurface}-2-capture-review`);
  await d.saveOpenedReview();
  await until(async () => (await d.table<{ fullName: string }>('prospects')).map((p) => p.fullName), (names) => names.includes('Jonas van der Berg'), 10_000, 'Jonas saved');
  await until(() => d.openedReview(), (r) => r === null, 10_000, 'the review to give way to the saved prospect');
  await sleep(1500); // the saved prospect's view loads from IndexedDB
  await d.screenshotBrowser?.(`${d.browserName}-${reviewSurface}-3-saved`);

  // Turning LinkedIn off removes the permission, the registration and the button on the open page.
  const off = await d.openPage('src/ui/options/index.html#/settings');
  await until(() => read.checked(off, '[data-testid=permission-linkedin]'), (v) => v === true, 10_000, 'the toggle on');
  await off.click('[data-testid=permission-linkedin]');
  await until(() => read.checked(off, '[data-testid=permission-linkedin]'), (v) => v === false, 10_000, 'the toggle off');
  await off.close();
  expect(await granted()).toBe(false);
  await until(registered, (list) => list.length === 0, 10_000, 'no registered script');
  await until(() => read.count(profile, BUTTON), (n) => n === 0, 10_000, 'the button gone');
  await profile.close();
}
