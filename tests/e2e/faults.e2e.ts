// Faults on purpose, in real Chromium (the service worker stopped in a capture or a save is in
// faults-worker-stopped.e2e.ts): the service worker stopped in the middle of a 10,000-row import and of a backup
// restore, the disk full during an import, two dashboard tabs editing the same prospect, and the browser closed with
// a call running. For each: what the rep sees (test-results/e2e/faults-*.png), and that no row is lost or
// half-written.
//
// The disk full is simulated: Segue has unlimitedStorage, so Chromium never applies a quota to it (DevTools'
// Storage.overrideQuotaForOrigin changes what navigator.storage.estimate() reports, but IndexedDB writes past it still
// succeed). The test makes the running service worker's IndexedDB refuse a write with QuotaExceededError instead, the
// error Chromium raises when the disk is full.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { StoredProspect } from '../../src/db/database';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { generateProspects, toCsv } from '../support/db/generate';
import { amaraDraft } from './drafts';
import { readTable, startSegue, type Segue } from './segue';

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

async function openDashboard(segue: Segue, route: string): Promise<Page> {
  const page = await segue.openPage(`src/ui/options/index.html#/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Every email of every prospect appears once: an import that ran twice would repeat them. */
function expectNoDuplicatePeople(rows: StoredProspect[]): void {
  const emails = rows.flatMap((r) => r.emails.map((e) => e.toLowerCase()));
  expect(new Set(emails).size).toBe(emails.length);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
}

/**
 * Counts (and, from the `failAt`th call on, refuses with QuotaExceededError) the IndexedDB puts and adds of the
 * running service worker, on the stores named. Lives in that worker only: a restarted worker is clean again.
 */
async function instrumentWrites(worker: Worker, options: { stores: string[]; failAt?: number }): Promise<void> {
  await worker.evaluate(({ stores, failAt }) => {
    const g = globalThis as unknown as { faultWrites?: number; faultOriginals?: [unknown, unknown] };
    g.faultWrites = 0;
    const proto = IDBObjectStore.prototype;
    const [put, add] = (g.faultOriginals ??= [proto.put, proto.add]) as [typeof proto.put, typeof proto.add];
    const wrap = (original: typeof proto.put): typeof proto.put => function (this: IDBObjectStore, ...args: Parameters<typeof proto.put>) {
      if (stores.includes(this.name)) {
        g.faultWrites = (g.faultWrites ?? 0) + 1;
        if (failAt !== undefined && g.faultWrites >= failAt) throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    };
    proto.put = wrap(put);
    proto.add = wrap(add);
  }, options);
}

/** The service worker that is running now (woken by a ping), not the handle of one that was stopped. */
async function liveWorker(segue: Segue): Promise<Worker> {
  const { startedAt } = await segue.send<{ startedAt: number }>('system.ping', {});
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const worker of [...segue.context.serviceWorkers()].reverse()) {
      const answer = await Promise.race([
        worker.evaluate(() => 'up').catch(() => null),
        new Promise((r) => setTimeout(() => r(null), 500)),
      ]);
      if (answer !== null) return worker;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No running service worker answers (the last one started at ${startedAt}).`);
}

describe('faults during imports and restores', () => {
  let segue: Segue;
  let reader: Page;
  let dashboard: Page;
  const prospects = () => readTable<StoredProspect>(reader, 'prospects');
  const activities = () => readTable<{ id: string; prospectId: string; kind: string }>(reader, 'activities');
  const people = generateProspects(10_000, 77);
  const csvFile = { name: 'trade-fair-10k.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(people)) };

  beforeAll(async () => {
    segue = await startSegue();
    // An extension page that never opens Segue's database itself, to read the tables from.
    reader = await segue.context.newPage();
    await reader.goto(segue.url('manifest.json'));
    dashboard = await openDashboard(segue, 'data');
  });

  afterAll(async () => {
    await segue?.close();
  });

  const chooseCsv = async () => {
    await dashboard.getByTestId('csv-import').getByTestId('csv-file').setInputFiles(csvFile);
    await expect.poll(() => dashboard.getByTestId('preview-valid').textContent(), { timeout: 60_000 }).toBe('10,000 rows ready');
  };

  it('the service worker stopped in the middle of a 10,000-row import: the rep is told, nothing is written, Try again completes it once', async () => {
    await chooseCsv();
    await dashboard.getByTestId('start-import').click();
    const bar = dashboard.getByTestId('import-running').getByRole('progressbar');
    // Stopped between two chunks of the one import transaction: some rows written inside it, not committed.
    await expect.poll(async () => Number((await bar.getAttribute('value', { timeout: 100 }).catch(() => null)) ?? 0), { timeout: 90_000, interval: 50 }).toBeGreaterThan(0);
    const reached = Number(await bar.getAttribute('value'));
    expect(reached).toBeLessThan(10_000);
    await segue.stopServiceWorker();

    const alert = dashboard.getByTestId('import-interrupted');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/Segue restarted before the import finished/);
    expect(await dashboard.getByTestId('import-running').count()).toBe(0);
    await segue.screenshot(dashboard, 'faults-import-worker-stopped');
    // All or nothing: not one of the rows the stopped import had handled is stored.
    expect(await prospects()).toEqual([]);
    expect(await activities()).toEqual([]);

    await dashboard.getByRole('button', { name: 'Try again' }).click();
    const done = dashboard.getByTestId('import-done');
    await done.waitFor({ timeout: 120_000 });
    const [created, merged] = ((await done.getByTestId('import-summary').textContent()) ?? '').match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
    expect(created! + merged!).toBe(10_000);
    const rows = await prospects();
    expect(rows).toHaveLength(created!);
    expectNoDuplicatePeople(rows);
    // Merges are on the timeline with what they changed; a created prospect's "Imported from" is read from its source.
    expect((await activities()).filter((a) => a.kind === 'import')).toHaveLength(merged!);
    await segue.screenshot(dashboard, 'faults-import-completed-after-retry');
    await dashboard.getByRole('button', { name: 'Import another file' }).click();
  });

  it('the disk full during an import: the rep reads the storage-full message, nothing is half-written', async () => {
    const before = byId(await prospects());
    const timelineBefore = (await activities()).length;
    // The same people again, each with new notes: every row merges into a stored prospect, …
    const again = people.map((p) => ({ ...p, notes: `${p.notes} Asked for a call back after the fair.`.trim() }));
    await dashboard.getByTestId('csv-import').getByTestId('csv-file').setInputFiles({ ...csvFile, buffer: Buffer.from(toCsv(again)) });
    await expect.poll(() => dashboard.getByTestId('preview-valid').textContent(), { timeout: 60_000 }).toBe('10,000 rows ready');
    // … and the disk fills up at the 2,500th row written.
    await instrumentWrites(await liveWorker(segue), { stores: ['prospects', 'activities'], failAt: 2500 });
    await dashboard.getByTestId('start-import').click();

    const failed = dashboard.getByTestId('import-failed');
    await failed.waitFor({ timeout: 90_000 });
    expect(await failed.textContent()).toMatch(/Storage is full, so this change was not saved \(nothing was lost\)\. Export a backup, then free some disk space/);
    await segue.screenshot(dashboard, 'faults-import-disk-full');
    const after = byId(await prospects());
    expect(after.map((p) => [p.id, p.updatedAt, p.notes])).toEqual(before.map((p) => [p.id, p.updatedAt, p.notes]));
    expect(await activities()).toHaveLength(timelineBefore);
    await segue.stopServiceWorker(); // a fresh worker, with its own IndexedDB: the disk has room again
    await dashboard.getByRole('button', { name: 'Import another file' }).click();
  });

  it('the service worker stopped in the middle of a backup restore: the old data stays whole, Try again restores the file once', async () => {
    const before = await prospects();
    const restored = generateProspects(4000, 91).map((p) => ({ ...p, segmentIds: [] }));
    const backup = { format: 'segue-backup', version: 1, exportedAt: '2026-11-30T17:00:00.000Z', prospects: restored, segments: [], calls: [], tasks: [], activities: [], settings: [] };
    await dashboard.getByTestId('backup-import').getByTestId('backup-file').setInputFiles({ name: 'segue-backup-2026-11-30.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await dashboard.getByTestId('backup-summary').waitFor({ timeout: 60_000 });

    const worker = await liveWorker(segue);
    await instrumentWrites(worker, { stores: ['prospects'] });
    await dashboard.getByTestId('restore-backup').click();
    // The restore has cleared the table and issued its writes; its transaction has not committed.
    await expect.poll(() => worker.evaluate(() => (globalThis as { faultWrites?: number }).faultWrites ?? 0), { timeout: 90_000, interval: 20 }).toBeGreaterThan(0);
    await segue.stopServiceWorker();

    const alert = dashboard.getByTestId('import-interrupted');
    await alert.waitFor({ timeout: 20_000 });
    await segue.screenshot(dashboard, 'faults-restore-worker-stopped');
    // Nothing lost: every row of before the restore is there, unchanged; none of the file's rows is.
    expect(byId(await prospects())).toEqual(byId(before));

    await dashboard.getByRole('button', { name: 'Try again' }).click();
    await dashboard.getByTestId('import-done').waitFor({ timeout: 120_000 });
    const rows = await prospects();
    expect(ids(rows)).toEqual(ids(restored));
    expectNoDuplicatePeople(rows);
    await segue.screenshot(dashboard, 'faults-restore-completed-after-retry');
  }, 180_000);
});

describe('two dashboard tabs editing the same prospect', () => {
  let segue: Segue;

  beforeAll(async () => {
    segue = await startSegue();
  });

  afterAll(async () => {
    await segue?.close();
  });

  it('the second save keeps the fields the first tab changed', async () => {
    const { prospect } = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
    const tabA = await openDashboard(segue, `prospects/${prospect.id}`);
    const tabB = await openDashboard(segue, `prospects/${prospect.id}`);
    const formA = tabA.getByTestId('prospect-form');
    const formB = tabB.getByTestId('prospect-form');
    await formA.waitFor();
    await formB.waitFor();

    // Tab B starts typing a headline; meanwhile tab A changes the title and the tags and saves.
    await formB.getByTestId('field-headline').fill('Wants a pilot for the EMEA team in Q1.');
    await formA.getByTestId('field-title').fill('Chief Revenue Officer');
    await formA.getByTestId('field-tags').fill('webinar, emea');
    await formA.getByTestId('prospect-save').click();
    await tabA.getByText('Changes saved.').waitFor();
    await expect.poll(async () => (await segue.table<StoredProspect>('prospects'))[0]?.title).toBe('Chief Revenue Officer');

    // Tab B shows A's title (it did not touch that field) and keeps its own typing.
    await expect.poll(() => formB.getByTestId('field-title').inputValue()).toBe('Chief Revenue Officer');
    expect(await formB.getByTestId('field-headline').inputValue()).toBe('Wants a pilot for the EMEA team in Q1.');
    await formB.getByTestId('prospect-save').click();
    await expect.poll(async () => (await segue.table<StoredProspect>('prospects'))[0]?.headline).toBe('Wants a pilot for the EMEA team in Q1.');
    await segue.screenshot(tabB, 'faults-two-tabs-second-save');

    const rows = await segue.table<StoredProspect>('prospects');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Chief Revenue Officer', tags: ['webinar', 'emea'], headline: 'Wants a pilot for the EMEA team in Q1.', fullName: 'Amara Okafor' });
    await tabA.close();
    await tabB.close();
  });
});

describe('the browser closed with a call running', () => {
  const profile = mkdtempSync(join(tmpdir(), 'segue-fault-call-'));
  let segue: Segue | null = null;

  afterAll(async () => {
    await segue?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const timerSeconds = async (popup: Page) => {
    const [m, s] = ((await popup.getByTestId('call-timer').textContent()) ?? '').split(':').map(Number);
    return m! * 60 + s!;
  };

  it('after a relaunch on the same profile the call is still running, with its notes, and saves', async () => {
    segue = await startSegue({ userDataDir: profile });
    const { prospect } = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
    let page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    let popup = await segue.openPopup(page);
    await popup.getByRole('button', { name: 'Open' }).click();
    await popup.getByTestId('log-call').click();
    await popup.getByTestId('call-view').waitFor();
    await popup.getByTestId('call-notes').fill('Budget approved for Q1; wants references.');
    await popup.getByLabel('Meeting booked').check();
    await expect.poll(() => timerSeconds(popup), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const before = await timerSeconds(popup);
    await segue.close();
    segue = null;

    segue = await startSegue({ userDataDir: profile });
    page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    popup = await segue.openPopup(page);
    await popup.getByTestId('call-view').waitFor();
    expect(await popup.getByRole('heading', { name: 'Call with Amara Okafor' }).count()).toBe(1);
    expect(await popup.getByTestId('call-notes').inputValue()).toBe('Budget approved for Q1; wants references.');
    expect(await popup.getByLabel('Meeting booked').isChecked()).toBe(true);
    expect(await timerSeconds(popup)).toBeGreaterThan(before);
    await segue.screenshot(popup, 'faults-call-after-relaunch');

    await popup.getByTestId('call-save').click();
    await expect.poll(async () => (await segue!.table('calls')).length).toBe(1);
    const calls = await segue.table<{ prospectId: string; outcome: string; notes: string; durationSec: number }>('calls');
    expect(calls[0]).toMatchObject({ prospectId: prospect.id, outcome: 'meeting_booked', notes: 'Budget approved for Q1; wants references.' });
    expect(calls[0]!.durationSec).toBeGreaterThan(before);
  });
});
