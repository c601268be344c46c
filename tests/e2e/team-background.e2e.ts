// Team sync while no Segue page is open, in real Chromium (the test build: the alarm every 6 s instead of every
// 5 minutes, see tests/support/background-test-entry.ts). The service worker cannot import PouchDB, so each alarm
// tick opens Chrome's offscreen document, whose worker syncs the replica and mirrors it; the background then sets
// the hand-off badge. Marketing writes through the server's API under its own account, as in team.e2e.ts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { handoffDocId, packDocId } from '../../src/domain/team/team-docs';
import type { BackgroundSyncState } from '../../src/domain/team/sync-schedule';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import type { TeamServer } from '../support/team-server/team-server';
import { startTeam } from '../support/team-server/team-fixture';
import { couchAs } from '../support/team-server/couch-as';
import { handoffDoc, packDoc } from '../support/team-server/team-docs';
import { SCREENSHOTS, startSegue, type Segue } from './segue';
import { allowTeamServer, joinTeamForm, openTeamSettings } from './team-flows';
import { until } from './driver';

const DB = 'acme-team';
let server: TeamServer;
let rep: Segue;
let maria: ReturnType<typeof couchAs>;
const figures: Record<string, unknown> = {};

/** The service worker, without opening a Segue page to wake it (the alarm wakes it). */
async function inWorker<T>(fn: () => Promise<T>): Promise<T> {
  return until(async () => {
    const workers = rep.context.serviceWorkers().filter((w: Worker) => w.url().startsWith(`chrome-extension://${rep.extensionId}/`));
    for (const worker of workers.reverse()) {
      try { return { value: await worker.evaluate(fn) }; } catch { /* a stopped worker: try the next, or wait */ }
    }
    return null;
  }, (got) => got !== null, 30_000, 'a running service worker').then((got) => got!.value);
}

const badge = () => inWorker(() => chrome.action.getBadgeText({}));
const syncState = () => inWorker(async () => (await chrome.storage.local.get('teamSyncState')).teamSyncState as BackgroundSyncState | undefined);
const segueTabs = () => rep.context.pages().filter((p: Page) => p.url().startsWith(`chrome-extension://${rep.extensionId}/`));

beforeAll(async () => {
  server = await startTeam(DB);
  maria = couchAs(server.url, 'maria', 'm-pass');
  rep = await startSegue({ teamServer: server.url, testBuild: true });
  await allowTeamServer(rep, server.url);
}, 120_000);

afterAll(async () => {
  console.log(`team background sync figures: ${JSON.stringify(figures)}`);
  await rep?.close();
  await server?.stop();
});

describe('team sync with no Segue page open (Chromium, alarm + offscreen document)', () => {
  it('brings a new pack version and a hand-off: the badge counts it after the alarm, and the popup shows it at once', async () => {
    const v1 = await maria('PUT', `${DB}/${packDocId('fintech')}`, packDoc('fintech', '1', 'Fintech CFOs'));
    expect(v1.status).toBe(201);

    // Rob joins in Settings → Team (and is "me" in the hand-off team list), sees version 1, and closes the page.
    const settings = await openTeamSettings(rep);
    await settings.evaluate(() => chrome.runtime.sendMessage({
      segue: 1, name: 'settings.setTeam', request: { team: [{ id: 'rob', name: 'rob', role: 'rep', isMe: true }, { id: 'maria', name: 'maria', role: 'marketing' }] },
    }));
    await joinTeamForm(settings, server.url, DB, 'rob', 'r-pass');
    await settings.getByText('Fintech CFOs (version 1)').waitFor({ timeout: 30_000 });
    await settings.close();
    expect(segueTabs()).toEqual([]);
    expect(await badge()).toBe('');

    // Marketing publishes version 2 and hands Rob a prospect to lead with its segment.
    const v2 = await maria('PUT', `${DB}/${packDocId('fintech')}`, { ...packDoc('fintech', '2', 'Fintech CFOs, EMEA'), _rev: v1.body.rev });
    expect(v2.status).toBe(201);
    const offered = handoffDoc('h-100', { from: 'maria', owner: 'rob', now: Date.now() });
    offered.handoff = { ...offered.handoff, segmentId: 'fintech-leaders', packId: 'fintech', packVersion: '2', note: 'Asked about EMEA pricing' };
    const written = Date.now();
    expect((await maria('PUT', `${DB}/${handoffDocId('h-100')}`, offered)).status).toBe(201);

    await until(badge, (text) => text === '1', 60_000, 'the hand-off count on the badge');
    const badgeAt = Date.now();
    expect(segueTabs()).toEqual([]); // nothing but the alarm and the offscreen document did it
    const openedAt = await inWorker(async () => (await chrome.storage.local.get('teamSyncDocumentOpenedAt')).teamSyncDocumentOpenedAt as number);
    const state = (await syncState())!;
    const run = state.runs.find((r) => r.outcome === 'synced' && r.pulled > 0)!;
    expect(run).toMatchObject({ outcome: 'synced', attempts: 1 });
    figures.writeToBadgeMs = badgeAt - written;
    figures.alarmToBadgeMs = badgeAt - openedAt;
    figures.runMs = run.finishedAt - run.startedAt;
    expect(figures.alarmToBadgeMs as number).toBeLessThan(15_000);
    // The offscreen document closed itself once the run was reported.
    expect(await inWorker(() => chrome.offscreen.hasDocument())).toBe(false);

    // The popup shows the hand-off and the new pack version straight from Segue's database: no sync to wait for.
    const tab = await rep.context.newPage();
    await tab.goto(DEMO_PAGES[1]!.url);
    const clickedAt = Date.now();
    const popup = await rep.openPopup(tab);
    const handed = popup.getByTestId('handed-to-you');
    await handed.waitFor({ timeout: 10_000 });
    figures.popupToHandoffMs = Date.now() - clickedAt;
    expect(await handed.textContent()).toMatch(/Handed to you \(1\).*From maria: Asked about EMEA pricing/);
    await rep.screenshot(popup, 'team-background-popup-handed');
    await handed.getByTestId('handed-item').click();
    const view = popup.getByTestId('handoff-view');
    await expect.poll(() => view.textContent(), { timeout: 10_000 }).toMatch(/Fintech CFOs, EMEA: leaders · pack version 2/);
    // The popup's own viewport (a full-page capture of a toolbar popup repeats its content).
    await popup.screenshot({ path: join(SCREENSHOTS, 'team-background-popup-pack-version.png') });
    await popup.close().catch(() => undefined);
    await tab.close();
  }, 150_000);

  it('backs off while the server is stopped, then catches up on a later tick', async () => {
    expect(segueTabs()).toEqual([]);
    const before = (await syncState())!.runs.length;
    const pausedAt = Date.now();
    server.pause();
    let failed: BackgroundSyncState;
    try {
      failed = (await until(syncState, (s) => (s?.runs.length ?? 0) - before >= 3 && s!.runs.slice(0, 3).every((r) => r.outcome === 'failed'), 120_000, 'three failed runs'))!;
    } finally {
      server.resume();
    }
    const resumedAt = Date.now();
    const runs = failed.runs.slice(0, failed.runs.length - before).reverse();
    // Each failed run tried 3 times (1 s then 2 s apart, each request giving up after 5 s); the ticks in between
    // were skipped, longer after each failure.
    expect(runs.every((r) => r.outcome === 'failed' && r.error === 'unreachable' && r.attempts === 3)).toBe(true);
    const gaps = runs.slice(1).map((r, i) => r.startedAt - runs[i]!.finishedAt);
    // Alarm every 6 s: after one failure the next tick runs (3-9 s later); after two, the wait is 12 s.
    expect(gaps).toHaveLength(2);
    expect(gaps[0]!).toBeGreaterThanOrEqual(3_000);
    expect(gaps[1]!).toBeGreaterThanOrEqual(9_000);
    expect(failed.failures).toBe(runs.length);
    figures.pausedMs = resumedAt - pausedAt;
    figures.failedRuns = runs.map((r) => ({ attempts: r.attempts, ms: r.finishedAt - r.startedAt }));
    figures.gapsBetweenFailedRunsMs = gaps;

    // Back: the next run that is not held back syncs what marketing published meanwhile.
    const current = (await maria('GET', `${DB}/${packDocId('fintech')}`)).body;
    expect((await maria('PUT', `${DB}/${packDocId('fintech')}`, { ...packDoc('fintech', '3', 'Fintech CFOs, global'), _rev: current._rev })).status).toBe(201);
    const caughtUp = (await until(syncState, (s) => s!.runs[0]!.outcome === 'synced' && s!.failures === 0, 90_000, 'a successful run'))!;
    expect(caughtUp.runs[0]!.pulled).toBeGreaterThanOrEqual(1);
    figures.resumeToSyncedMs = caughtUp.runs[0]!.finishedAt - resumedAt;
    const page = await openTeamSettings(rep);
    await page.getByText('Fintech CFOs, global (version 3)').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('team-background-status').textContent()).toMatch(/^Synced while Segue was closed: .+\.$/);
    await page.getByTestId('team-section').screenshot({ path: join(SCREENSHOTS, 'team-background-settings.png') });
    await page.close();
  }, 240_000);

  it('says in Settings → Team that the session expired, during live sync, when the password changed on the server', async () => {
    const page = await openTeamSettings(rep);
    await expect.poll(() => page.getByTestId('team-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    // Let the live sync settle into its long poll (its first round trips just ended).
    await new Promise((r) => setTimeout(r, 5_000));
    // The administrator changes Rob's password: his session cookie stops working at once (CouchDB salts it per user).
    const admin = couchAs(server.url, server.admin, server.password);
    const user = (await admin('GET', '_users/org.couchdb.user:rob')).body;
    const changedAt = Date.now();
    expect((await admin('PUT', '_users/org.couchdb.user:rob', { ...user, password: 'a-new-password' })).status).toBe(201);
    // Nothing changes in the team database: only the live sync's own session check can notice (every 30 s).
    await expect.poll(() => page.getByTestId('team-error').textContent().catch(() => null), { timeout: 45_000, interval: 500 })
      .toMatch(/^Your team session expired and your saved password no longer works/);
    figures.passwordChangeToMessageMs = Date.now() - changedAt;
    expect(await page.getByTestId('team-state').getAttribute('data-state')).toBe('error');
    await rep.screenshot(page, 'team-session-expired-live');

    // The rep types the new password where the message is: a wrong one is explained and changes nothing…
    await page.getByTestId('team-new-password').fill('not-it-either');
    await page.getByTestId('team-sign-in-again-submit').click();
    await expect.poll(() => page.getByTestId('team-sign-in-again-error').textContent().catch(() => null), { timeout: 20_000 })
      .toMatch(/^The team server did not accept this user name and password/);
    expect(await page.getByTestId('team-state').getAttribute('data-state')).toBe('error');
    // …the right one signs in and live sync resumes, without leaving the team.
    await page.getByTestId('team-new-password').fill('a-new-password');
    await page.getByTestId('team-sign-in-again-submit').click();
    await expect.poll(() => page.getByTestId('team-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    expect(await page.getByTestId('team-error').count()).toBe(0);
    expect(await page.getByTestId('team-sign-in-again').count()).toBe(0);
    const stored = await page.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { password?: string }>> } } } })
      .chrome.storage.local.get('teamConnection')).teamConnection?.password ?? null));
    expect(stored).toBe('a-new-password');
    await rep.screenshot(page, 'team-signed-in-again');
    await page.close();
  }, 120_000);
});
