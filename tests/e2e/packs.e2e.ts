// Segment packs between two browser profiles in real Chromium: marketing (one profile) publishes segments as a pack
// through the Segments page; a rep (another profile) imports the downloaded file through the file input, sees the
// preview, gets read-only segments marked with the pack, updates to a newer version, edits a copy, rolls back, and a
// call logged with a pack segment keeps the pack version it used (insights by pack version).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstalledPack } from '../../src/domain/packs/installed-pack';
import type { SegmentPack } from '../../src/domain/packs/pack';
import type { Call } from '../../src/domain/calls';
import type { Segment } from '../../src/domain/segments/segment-schema';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

let marketing: Segue;
let rep: Segue;
const downloads = mkdtempSync(join(tmpdir(), 'segue-packs-'));

const segment = (id: string, name: string, extra: Partial<Segment> = {}): Segment => ({
  id, name, description: `${name}, as marketing defines them.`, priority: 5, threshold: 40,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp', 'director', 'c_suite'], weight: 50 }, { type: 'department_in', values: ['finance', 'operations'], weight: 30 }] },
  talkingPoints: [{ id: 'close-faster', text: 'Finance teams like {{company|yours}} close the month four days sooner.' }],
  templates: [{ id: 'opener', channel: 'call_opener', name: 'Call opener', body: 'Hi {{firstName|there}}, this is {{sender.name|your rep}} — a quick one about month-end close.' }],
  ...extra,
});

beforeAll(async () => {
  [marketing, rep] = await Promise.all([startSegue(), startSegue()]);
  for (const s of [segment('acme-finance-leaders', 'Acme CFOs'), segment('acme-ops-directors', 'Acme ops directors', { priority: 3 })]) {
    await marketing.send('segments.save', { segment: s });
  }
}, 90_000);

afterAll(async () => {
  await Promise.all([marketing?.close(), rep?.close()]);
});

async function segmentsPage(s: Segue): Promise<Page> {
  const page = await s.openPage('src/ui/options/index.html#/segments');
  await page.getByTestId('segment-row').first().waitFor();
  return page;
}

const rowOf = (page: Page, name: string) => page.getByTestId('segment-row').filter({ has: page.getByRole('link', { name, exact: true }) });

/** Marketing selects segments and exports them as a pack through the form; returns the downloaded file. */
async function publish(page: Page, names: string[], fill: { name?: string; version: string; notes: string }, shot?: string): Promise<{ path: string; pack: SegmentPack; fileName: string }> {
  for (const box of await page.getByTestId('select-segment').all()) await box.uncheck();
  for (const name of names) await rowOf(page, name).getByTestId('select-segment').check();
  await page.getByTestId('export-pack').click();
  const form = page.getByTestId('pack-export');
  await form.waitFor();
  if (fill.name) await form.getByTestId('pack-name').fill(fill.name);
  await form.getByTestId('pack-version').fill(fill.version);
  await form.getByTestId('pack-publisher').fill('Acme marketing');
  await form.getByTestId('pack-release-notes').fill(fill.notes);
  if (shot) await marketing.screenshot(page, shot);
  const [file] = await Promise.all([page.waitForEvent('download'), form.getByTestId('pack-download').click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { path, pack: JSON.parse(readFileSync(path, 'utf8')) as SegmentPack, fileName: file.suggestedFilename() };
}

describe('a pack published by one profile and imported by another', () => {
  let v1: { path: string; pack: SegmentPack; fileName: string };
  let v2: { path: string; pack: SegmentPack; fileName: string };

  it('marketing exports the selected segments as a pack', async () => {
    const page = await segmentsPage(marketing);
    v1 = await publish(page, ['Acme CFOs', 'Acme ops directors'], { name: 'Acme playbook', version: '1.0.0', notes: 'First release: finance and operations buyers.' }, 'packs-1-marketing-export-form');
    expect(v1.fileName).toBe('acme-playbook-1.0.0.segue-pack.json');
    expect(v1.pack).toMatchObject({ format: 'segue-pack', id: 'acme-playbook', name: 'Acme playbook', version: '1.0.0', publisher: 'Acme marketing', releaseNotes: 'First release: finance and operations buyers.' });
    expect(v1.pack.segments.map((s) => s.id).sort()).toEqual(['acme-finance-leaders', 'acme-ops-directors']);
    expect(v1.pack.segments[0]!.talkingPoints.length + v1.pack.segments[0]!.templates.length).toBe(2);
    await page.close();
  });

  it('the rep imports the file with a preview, and gets read-only segments marked with the pack', async () => {
    const page = await segmentsPage(rep);
    const before = await rep.table<Segment>('segments');
    await page.getByTestId('pack-file').setInputFiles(v1.path);
    const preview = page.getByTestId('pack-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('pack-preview-headline').textContent()).toMatch(/^Install Acme playbook 1\.0\.0, published by Acme marketing on /);
    expect(await preview.getByTestId('pack-preview-summary').textContent()).toMatch(/^Adds 2, changes 0, removes 0; 0 unchanged\./);
    expect(await preview.getByTestId('pack-preview-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['added', 'added']);
    await preview.scrollIntoViewIfNeeded();
    await rep.screenshot(page, 'packs-2-rep-import-preview');
    expect(await rep.table('segments')).toHaveLength(before.length);

    await preview.getByTestId('pack-import-confirm').click();
    await rowOf(page, 'Acme CFOs').getByTestId('pack-badge').waitFor();
    expect(await rowOf(page, 'Acme CFOs').getByTestId('pack-badge').textContent()).toBe('Acme playbook 1.0.0');
    const stored = await rep.table<Segment>('segments');
    expect(stored).toHaveLength(before.length + 2);
    expect(stored.find((s) => s.id === 'acme-finance-leaders')!.pack).toEqual({ id: 'acme-playbook', name: 'Acme playbook', version: '1.0.0' });
    await page.getByTestId('installed-pack').waitFor();
    expect(await page.getByTestId('installed-pack').textContent()).toContain('Version 1.0.0 · published by Acme marketing');
    await rep.screenshot(page, 'packs-3-rep-installed-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await rep.screenshot(page, 'packs-3-rep-installed-dark');
    await page.close();
  });

  it('marketing publishes 1.1.0; the rep sees what changes and updates', async () => {
    await marketing.send('segments.save', { segment: segment('acme-finance-leaders', 'Acme CFOs', { threshold: 55, talkingPoints: [{ id: 'close-faster', text: 'CFOs like you at {{company|your company}} close the month four days sooner.' }] }) });
    await marketing.send('segments.save', { segment: segment('acme-treasury', 'Acme treasury', { priority: 2 }) });
    const page = await segmentsPage(marketing);
    v2 = await publish(page, ['Acme CFOs', 'Acme treasury'], { name: 'Acme playbook', version: '1.1.0', notes: 'Sharper CFO talking point; operations directors retired; treasury added.' });
    expect(v2.pack.version).toBe('1.1.0');
    await page.close();

    const repPage = await segmentsPage(rep);
    await repPage.getByTestId('pack-file').setInputFiles(v2.path);
    const preview = repPage.getByTestId('pack-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('pack-preview-headline').textContent()).toMatch(/^Update Acme playbook from 1\.0\.0 to 1\.1\.0/);
    expect(await preview.getByTestId('pack-preview-summary').textContent()).toMatch(/^Adds 1, changes 1, removes 1; 0 unchanged\./);
    const rows = await preview.getByTestId('pack-preview-row').allTextContents();
    expect(rows).toEqual([expect.stringMatching(/Acme treasury.*Added/), expect.stringMatching(/Acme CFOs.*Changed.*threshold, talkingPoints/), expect.stringMatching(/Acme ops directors.*Removed/)]);
    expect(await preview.getByTestId('pack-release-notes-shown').textContent()).toContain('operations directors retired');
    await preview.scrollIntoViewIfNeeded();
    await rep.screenshot(repPage, 'packs-4-rep-update-preview');
    await preview.getByTestId('pack-import-confirm').click();
    await expect.poll(async () => (await rep.table<Segment>('segments')).filter((s) => s.pack).map((s) => `${s.id}@${s.pack!.version}`).sort())
      .toEqual(['acme-finance-leaders@1.1.0', 'acme-treasury@1.1.0']);
    await repPage.close();
  });

  it('a pack segment is read-only for the rep; "Edit a copy" makes a local segment', async () => {
    const page = await rep.openPage('src/ui/options/index.html#/segments/acme-finance-leaders');
    const notice = page.getByTestId('pack-read-only');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('From the pack Acme playbook 1.1.0. Read-only');
    expect(await page.getByTestId('segment-name').isDisabled()).toBe(true);
    expect(await page.getByTestId('segment-save').count()).toBe(0);
    await rep.screenshot(page, 'packs-5-rep-read-only-segment');
    await notice.getByTestId('pack-edit-copy').click();
    await page.waitForURL(/#\/segments\/acme-finance-leaders-copy$/);
    const name = page.getByTestId('segment-name');
    await expect.poll(() => name.inputValue()).toBe('Acme CFOs (copy)');
    expect(await name.isDisabled()).toBe(false);
    expect(await page.getByTestId('pack-read-only').count()).toBe(0);
    const copy = (await rep.table<Segment>('segments')).find((s) => s.id === 'acme-finance-leaders-copy')!;
    expect(copy.pack).toBeUndefined();
    expect(copy.threshold).toBe(55);
    await page.close();
  });

  it('the rep rolls back to 1.0.0 (1.1.0 stays stored), and a call keeps the pack version it used', async () => {
    const page = await segmentsPage(rep);
    const rollback = page.getByTestId('pack-rollback');
    expect(await rollback.textContent()).toBe('Roll back to 1.0.0');
    await rollback.click();
    await expect.poll(() => rowOf(page, 'Acme CFOs').getByTestId('pack-badge').textContent()).toBe('Acme playbook 1.0.0');
    expect(await rowOf(page, 'Acme ops directors').count()).toBe(1);
    expect(await rowOf(page, 'Acme treasury').count()).toBe(0);
    await expect.poll(() => page.getByTestId('pack-rollback').textContent()).toBe('Update to 1.1.0');
    const [installed] = await rep.table<InstalledPack>('packs');
    expect([installed!.current.version, installed!.previous!.version]).toEqual(['1.0.0', '1.1.0']);
    await rep.screenshot(page, 'packs-6-rep-rolled-back');

    const { prospect } = await rep.send<{ prospect: { id: string } }>('prospects.save', { draft: amaraDraft() });
    await rep.send('call.start', { prospectId: prospect.id, segmentId: 'acme-finance-leaders', replace: true });
    await rep.send('call.update', { patch: { outcome: 'meeting_booked', notes: 'Wants the month-end demo' } });
    await rep.send('call.save', {});
    const [call] = await rep.table<Call>('calls');
    expect(call).toMatchObject({ segmentId: 'acme-finance-leaders', packId: 'acme-playbook', packVersion: '1.0.0' });

    await page.getByTestId('pack-rollback').click(); // back up to 1.1.0: the call keeps 1.0.0
    await expect.poll(() => rowOf(page, 'Acme CFOs').getByTestId('pack-badge').textContent()).toBe('Acme playbook 1.1.0');
    expect((await rep.table<Call>('calls'))[0]!.packVersion).toBe('1.0.0');

    const insights = await rep.openPage('src/ui/options/index.html#/insights');
    const table = insights.getByTestId('insights-pack-versions');
    await table.waitFor();
    expect(await table.getByTestId('pack-version-row').allTextContents()).toEqual([expect.stringMatching(/^Acme playbook1\.0\.0Acme CFOs1100%1$/)]);
    await table.scrollIntoViewIfNeeded();
    await rep.screenshot(insights, 'packs-7-rep-insights-by-pack-version');
    await page.close();
  });
});
