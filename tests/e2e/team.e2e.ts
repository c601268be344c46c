// Team sync in real Chromium: two browser profiles (marketing and a rep) and a CouchDB-compatible server on
// loopback (express-pouchdb in a child process, tests/support/team-server).
//
// What is real and what stands in:
// - Real: the Settings → Team form, Segue's own permissions.request for the server's one origin, PouchDB in the
//   dashboard syncing live with the server over a CouchDB session cookie, the server's validate_doc_update, the
//   mirror into Segue's IndexedDB, and the page updating without a reload.
// - Stand-in: Chrome's permission prompt cannot be clicked from a test; the site is first allowed in Chrome's own
//   Site access settings (as page-buttons.e2e.ts does), so Segue's request is granted without the prompt.
//   Marketing publishes packs through the server's HTTP API under marketing's own account (the pack editor is
//   another part of Segue); the server applies the same rules to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { activityDocId, packDocId } from '../../src/domain/team/team-docs';
import type { TeamServer } from '../support/team-server/team-server';
import { startTeam } from '../support/team-server/team-fixture';
import { couchAs } from '../support/team-server/couch-as';
import { packDoc } from '../support/team-server/team-docs';
import { startSegue, type Segue } from './segue';
import { allowTeamServer, countRows, joinTeamForm, openTeamSettings } from './team-flows';
import { until } from './driver';

const DB = 'acme-team';
let server: TeamServer;
let marketing: Segue;
let rep: Segue;
const changesSince: string[] = [];

const allowServer = (segue: Segue) => allowTeamServer(segue, server.url);
const join = (page: Page, user: string, password: string) => joinTeamForm(page, server.url, DB, user, password);

beforeAll(async () => {
  server = await startTeam(DB);
  marketing = await startSegue({ teamServer: server.url });
  rep = await startSegue({ teamServer: server.url });
  await allowServer(marketing);
  await allowServer(rep);
  rep.context.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/_changes')) changesSince.push(url.searchParams.get('since') ?? '');
  });
}, 120_000);

afterAll(async () => {
  await rep?.close();
  await marketing?.close();
  await server?.stop();
});

describe('team sync in Chromium', () => {
  it('says clearly when the password is wrong, and keeps nothing', async () => {
    const page = await openTeamSettings(rep);
    await join(page, 'rob', 'not-his-password');
    await expect.poll(() => page.getByTestId('team-error').textContent(), { timeout: 20_000 })
      .toContain('did not accept this user name and password');
    await rep.screenshot(page, 'team-wrong-password');
    const stored = await page.evaluate(() => chrome.storage.local.get('teamConnection'));
    expect(stored).toEqual({});
    await page.close();
  });

  it('shows a pack marketing publishes on the rep\'s dashboard without a reload', async () => {
    const mPage = await openTeamSettings(marketing);
    await join(mPage, 'maria', 'm-pass');
    await mPage.getByTestId('team-connected').waitFor({ timeout: 30_000 });

    const rPage = await openTeamSettings(rep);
    await join(rPage, 'rob', 'r-pass');
    await rPage.getByTestId('team-connected').waitFor({ timeout: 30_000 });
    await expect.poll(() => rPage.getByTestId('team-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    await rPage.getByTestId('team-no-packs').waitFor();

    const maria = couchAs(server.url, 'maria', 'm-pass');
    const first = await maria('PUT', `${DB}/${packDocId('fintech')}`, packDoc('fintech', '1', 'Fintech CFOs'));
    expect(first.status).toBe(201);
    await rPage.getByText('Fintech CFOs (version 1)').waitFor({ timeout: 20_000 });
    await maria('PUT', `${DB}/${packDocId('fintech')}`, { ...packDoc('fintech', '2', 'Fintech CFOs, EMEA'), _rev: first.body.rev });
    await rPage.getByText('Fintech CFOs, EMEA (version 2)').waitFor({ timeout: 20_000 });
    // Marketing's own dashboard got it too.
    await mPage.getByText('Fintech CFOs, EMEA (version 2)').waitFor({ timeout: 20_000 });
    await rep.screenshot(rPage, 'team-rep-sees-pack');
    // Installed as a read-only segment in the rep's Segments.
    const segments = await rep.openPage('src/ui/options/index.html#/segments');
    await segments.getByText('Fintech CFOs, EMEA: leaders').first().waitFor({ timeout: 20_000 });
    await rep.screenshot(segments, 'team-rep-pack-segment');
    await segments.close();
    const creds = await rPage.evaluate(() => chrome.storage.local.get('teamConnection'));
    expect(creds).toMatchObject({ teamConnection: { user: 'rob', server: server.url, database: DB } });
    await mPage.close();
  });

  it('refuses a rep\'s change to a pack on the server, over the rep\'s own session', async () => {
    const page = await openTeamSettings(rep);
    const answer = await page.evaluate(async ([url, id]) => {
      const current = await (await fetch(`${url}/${id}`, { credentials: 'include' })).json() as Record<string, unknown>;
      const res = await fetch(`${url}/${id}`, {
        method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...current, publishedBy: 'rob', pack: { ...(current.pack as object), version: '99', name: 'Changed by a rep' } }),
      });
      return { status: res.status, body: await res.json() as { reason?: string } };
    }, [`${server.url}/${DB}`, packDocId('fintech')] as const);
    expect(answer.status).toBe(403);
    expect(answer.body.reason).toMatch(/Only marketing/);
    expect((await couchAs(server.url, 'maria', 'm-pass')('GET', `${DB}/${packDocId('fintech')}`)).body).toMatchObject({ pack: { version: '2' } });
    await page.close();
  });

  it('resumes from its checkpoint when the server stops mid-sync: every document arrives once', async () => {
    const page = await openTeamSettings(rep);
    await expect.poll(() => page.getByTestId('team-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    const rob = couchAs(server.url, 'rob', 'r-pass');
    const total = 3000;
    const docs = Array.from({ length: total }, (_, i) => ({
      _id: activityDocId('rob', `call-${String(i).padStart(5, '0')}`), type: 'activity', user: 'rob', activityId: `call-${i}`,
      at: Date.now() - i * 1000, kind: 'call', outcome: i % 3 === 0 ? 'connected' : 'no_answer', segmentId: 'fintech',
    }));
    const before = changesSince.length;
    expect((await rob('POST', `${DB}/_bulk_docs`, { docs })).status).toBe(201);

    const count = () => countRows(page, 'teamActivity');
    await until(count, (n) => n > 0, 30_000, 'the first batch');
    server.pause();
    const during = await count();
    await new Promise((r) => setTimeout(r, 3000));
    server.resume();
    await until(count, (n) => n >= total, 60_000, 'every activity document');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await count()).toBe(total);
    await page.getByText(`Team activity: ${total}`).waitFor({ timeout: 10_000 });
    await rep.screenshot(page, 'team-resumed-after-server-stop');
    // After the pause the replication asked for changes since a checkpoint, not from the start.
    const after = changesSince.slice(before).filter((s) => s !== '' && s !== '0');
    expect(after.length).toBeGreaterThan(0);
    expect(during).toBeLessThanOrEqual(total);
    await page.close();

    // The reported calls feed team insights (per segment, same table and CSV as the rep's own figures).
    const insights = await rep.openPage('src/ui/options/index.html#/insights');
    const totals = insights.getByTestId('team-insights-totals');
    await totals.waitFor({ timeout: 30_000 });
    expect(await totals.textContent()).toMatch(/^3,000Calls1Reps reporting33\.\d+%Connect rate0Meetings booked0Stage changes$/);
    await insights.getByTestId('team-insights').scrollIntoViewIfNeeded();
    await rep.screenshot(insights, 'team-insights');
    await insights.close();
  }, 120_000);

  it('"Leave team" removes the credentials, the team\'s copies and the server permission', async () => {
    const page = await openTeamSettings(rep);
    await page.getByTestId('team-leave').click();
    await page.getByTestId('team-form').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => chrome.storage.local.get('teamConnection'))).toEqual({});
    expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    const left = await page.evaluate(() => new Promise<number[]>((done) => {
      const open = indexedDB.open('segue');
      open.onsuccess = () => {
        const tx = open.result.transaction(['teamPacks', 'teamActivity']);
        const counts: number[] = [];
        const a = tx.objectStore('teamPacks').count();
        const b = tx.objectStore('teamActivity').count();
        tx.oncomplete = () => { counts.push(a.result, b.result); open.result.close(); done(counts); };
      };
    }));
    expect(left).toEqual([0, 0]);
    await rep.screenshot(page, 'team-left');
    await page.close();
  });
});
