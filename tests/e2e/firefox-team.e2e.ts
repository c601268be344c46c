// Team sync in real Firefox ESR (puppeteer-core over WebDriver BiDi, see firefox.ts) against the CouchDB-compatible
// test server: the rep joins in Settings → Team (Segue's own permissions.request from a real click, granted without
// the doorhanger by the harness's pref), sees marketing's pack and its next version live; then, with no dashboard
// open, the event page's own alarm sync (Firefox's MV3 background is an event page, which can import PouchDB on
// demand) brings a hand-off to the toolbar badge.
//
// Stand-in: the alarm's period is 5 minutes in this (shipped) build, so the test re-creates Segue's own alarm to fire
// now through the alarms API, from a Segue page that does not sync (the side panel page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffDocId, packDocId } from '../../src/domain/team/team-docs';
import type { BackgroundSyncState } from '../../src/domain/team/sync-schedule';
import type { TeamServer } from '../support/team-server/team-server';
import { startTeam } from '../support/team-server/team-fixture';
import { couchAs } from '../support/team-server/couch-as';
import { handoffDoc, packDoc } from '../support/team-server/team-docs';
import { readTableInPage, until, type UiPage } from './driver';
import { startFirefox, type FirefoxSegue } from './firefox';

const DB = 'acme-team';
let server: TeamServer;
let ff: FirefoxSegue;
let maria: ReturnType<typeof couchAs>;

type Ext = { browser: { action: { getBadgeText(d: object): Promise<string> }; alarms: { create(n: string, a: object): void }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };

beforeAll(async () => {
  server = await startTeam(DB);
  maria = couchAs(server.url, 'maria', 'm-pass');
  ff = await startFirefox();
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await server?.stop();
});

const text = (page: UiPage, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);

describe('team sync in Firefox ESR', () => {
  it('joins the team and shows marketing\'s pack, then its next version without a reload', async () => {
    const v1 = await maria('PUT', `${DB}/${packDocId('fintech')}`, packDoc('fintech', '1', 'Fintech CFOs'));
    expect(v1.status).toBe(201);
    const settings = await ff.openPage('src/ui/options/index.html#/settings');
    await settings.waitFor('[data-testid=team-form]', { timeoutMs: 20_000 });
    await settings.fill('[data-testid=team-server]', server.url);
    await settings.fill('[data-testid=team-database]', DB);
    await settings.fill('[data-testid=team-user]', 'rob');
    await settings.fill('[data-testid=team-password]', 'r-pass');
    await settings.click('[data-testid=team-join]');
    await until(() => text(settings, '[data-testid=team-packs]'), (t) => t === 'Fintech CFOs (version 1)', 30_000, 'the pack in Settings → Team');
    await until(() => settings.evaluate(() => document.querySelector('[data-testid=team-state]')?.getAttribute('data-state') ?? null, undefined), (s) => s === 'live', 20_000, 'live sync');
    const granted = await settings.evaluate(() => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } })
      .browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }), undefined);
    expect(granted).toBe(true);

    const v2 = await maria('PUT', `${DB}/${packDocId('fintech')}`, { ...packDoc('fintech', '2', 'Fintech CFOs, EMEA'), _rev: v1.body.rev });
    expect(v2.status).toBe(201);
    await until(() => text(settings, '[data-testid=team-packs]'), (t) => t === 'Fintech CFOs, EMEA (version 2)', 20_000, 'version 2, live');
    await settings.screenshot('firefox-team-rep-sees-pack');
    // Installed as read-only segments of the rep's own. (From this page: the harness's helper page is a second
    // dashboard, which would sync live too.)
    const segments = JSON.parse(await settings.evaluate(readTableInPage, 'segments')) as { name: string }[];
    expect(segments.map((s) => s.name)).toContain('Fintech CFOs, EMEA: leaders');
    // "me" in the hand-off team list, for the badge below.
    await settings.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
      segue: 1, name: 'settings.setTeam', request: { team: [{ id: 'rob', name: 'rob', role: 'rep', isMe: true }, { id: 'maria', name: 'maria', role: 'marketing' }] },
    }), undefined);
    await settings.close();
  }, 120_000);

  it('with no dashboard open, the event page\'s alarm sync brings a hand-off to the badge', async () => {
    // The harness's helper page is a dashboard (it would sync live and hold the lock): use the side panel page.
    const panel = await ff.openPage('src/ui/sidepanel/index.html');
    const badge = () => panel.evaluate(() => (globalThis as unknown as Ext).browser.action.getBadgeText({}), undefined);
    // A closed page's live sync can outlive close() for a moment and would pull the hand-off itself: wait until no
    // Segue page holds the team-sync lock (the same check the background makes before its own run).
    const syncHeld = () => panel.evaluate(async () => (await navigator.locks.query()).held?.some((l) => l.name === 'segue-team-sync') ?? false, undefined);
    await until(syncHeld, (held) => !held, 20_000, 'no page syncing live');
    const offered = handoffDoc('h-ff-1', { from: 'maria', owner: 'rob', now: Date.now() });
    offered.handoff = { ...offered.handoff, segmentId: 'fintech-leaders', packId: 'fintech', packVersion: '2', note: 'Met at the Berlin expo' };
    expect((await maria('PUT', `${DB}/${handoffDocId('h-ff-1')}`, offered)).status).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await badge()).toBe('');

    await panel.evaluate(() => (globalThis as unknown as Ext).browser.alarms.create('team-sync', { when: Date.now() }), undefined);
    await until(badge, (t) => t === '1', 30_000, 'the hand-off count on the badge');
    const state = await panel.evaluate(async () => JSON.stringify((await (globalThis as unknown as Ext).browser.storage.local.get('teamSyncState')).teamSyncState), undefined);
    const runs = (JSON.parse(state) as BackgroundSyncState).runs;
    expect(runs[0]).toMatchObject({ outcome: 'synced', attempts: 1 });
    expect(runs[0]!.mirrored).toBeGreaterThanOrEqual(1);
    await panel.close();
  }, 90_000);
});
