// Restores, merges and exports a rep can trust, in real Chromium: a bad backup lists its problems per field and
// writes nothing; segment files export and import with a preview; a likely duplicate asks "Merge / Save as new"
// in the real toolbar popup and the merge is undone from the timeline; the CSV a CRM reads keeps phone numbers
// as they are and neutralises formulas.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Activity } from '../../src/domain/activity';
import type { ProspectDraft } from '../../src/domain/prospect';
import type { Segment } from '../../src/domain/segments/segment-schema';
import type { StoredProspect } from '../../src/db/database';
import { PROSPECT_CSV_HEADERS } from '../../src/db/export/csv-export';
import { DEMO_PAGES } from '../../src/tools/demo-sites';
import { axeViolations, describeViolations, isSerious } from './axe';
import { amaraDraft } from './drafts';
import { startSegue, type Segue } from './segue';

const downloads = mkdtempSync(join(tmpdir(), 'segue-trust-'));
let segue: Segue;

beforeAll(async () => {
  segue = await startSegue();
});

afterAll(async () => {
  await segue?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function dashboard(route: string): Promise<Page> {
  const page = await segue.openPage(`src/ui/options/index.html#/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations((await axeViolations(page)).filter(isSerious))).toEqual([]);
}

const validSegment = (id: string, name: string): Segment => ({
  id, name, description: 'Imported in the end-to-end test', priority: 2, threshold: 50,
  rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 60 }] }, talkingPoints: [], templates: [],
});

describe('a backup that would break the app is refused field by field', () => {
  it('lists each problem with its field, offers no restore, and writes nothing', async () => {
    await expect.poll(async () => (await segue.table('segments')).length, { timeout: 20_000 }).toBeGreaterThan(0); // starter set
    await segue.send('prospects.save', { draft: amaraDraft() });
    const before = { prospects: await segue.table('prospects'), segments: await segue.table('segments') };

    const { rules: _dropped, ...noRules } = validSegment('no-rules', 'No rules');
    const backup = {
      format: 'segue-backup', version: 1, exportedAt: '2026-11-30T09:00:00.000Z',
      prospects: [{ ...before.prospects[0], id: 'restored-1', phones: [{ number: 4155550100 }] }],
      segments: [validSegment('a', 'A'), validSegment('b', 'B'), validSegment('c', 'C'), noRules],
      calls: [], tasks: [], activities: [], settings: [],
    };
    const page = await dashboard('data');
    await page.getByTestId('backup-file').setInputFiles({ name: 'segue-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    const issues = page.getByTestId('backup-issues');
    await issues.waitFor();
    const items = await issues.getByTestId('field-issue').allTextContents();
    expect(items).toEqual(expect.arrayContaining([
      expect.stringMatching(/^prospects\[0\]\.phones\[0\]\.number — must be text$/),
      expect.stringMatching(/^segments\[3\]\.rules — .*required/i),
    ]));
    expect(await issues.textContent()).toContain('Nothing was changed.');
    expect(await page.getByTestId('restore-backup').count()).toBe(0);
    await issues.scrollIntoViewIfNeeded();
    await segue.screenshot(page, 'trust-backup-field-errors');
    await expectAccessible(page);
    expect(await segue.table('prospects')).toEqual(before.prospects);
    expect(await segue.table('segments')).toEqual(before.segments);

    // The app still works: a capture saves and matches segments.
    const saved = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: { ...amaraDraft(), fields: { ...amaraDraft().fields, fullName: 'Noor Haddad', firstName: 'Noor', lastName: 'Haddad', emails: ['noor@haddad.example'], profiles: {} } } });
    expect(saved.prospect.id).toBeTruthy();
    await page.close();
  });
});

describe('segment files from the Segments page', () => {
  it('exports the selected segments, and imports a file with a preview of what it adds and changes', async () => {
    const page = await dashboard('segments');
    const rows = page.getByTestId('segment-row');
    await rows.first().waitFor();
    const stored = await segue.table<Segment>('segments');
    expect(await page.getByTestId('export-segments').isDisabled()).toBe(true);
    await rows.nth(0).getByTestId('select-segment').check();
    await rows.nth(1).getByTestId('select-segment').check();
    const file = await download(page, 'export-segments');
    expect(file.name).toMatch(/^segue-segments-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text) as { format: string; segments: Segment[] };
    expect(exported.format).toBe('segue-segments');
    expect(exported.segments).toHaveLength(2);
    for (const segment of exported.segments) expect(segment).toEqual(stored.find((s) => s.id === segment.id));

    // A file with a broken segment: every problem by field, nothing written.
    const { rules: _r, ...noRules } = validSegment('broken', 'Broken');
    const input = page.getByTestId('segment-file');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, segments: [...exported.segments, noRules] })) });
    const issues = page.getByTestId('segment-file-issues');
    await issues.waitFor();
    expect(await issues.getByTestId('field-issue').allTextContents()).toEqual([expect.stringMatching(/^segments\[2\]\.rules — .*required/i)]);
    await segue.screenshot(page, 'trust-segment-file-errors');

    // The exported file, edited: one segment changed, one added.
    const changed = { ...exported.segments[0]!, threshold: exported.segments[0]!.threshold === 90 ? 80 : 90 };
    await input.setInputFiles({ name: 'segments.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, segments: [changed, exported.segments[1], validSegment('imported-vps', 'Imported VPs')] })) });
    const preview = page.getByTestId('segment-import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('segment-import-summary').textContent()).toMatch(/^Adds 1, changes 1, 1 unchanged\./);
    const previewRows = await preview.getByTestId('segment-import-row').allTextContents();
    expect(previewRows[0]).toMatch(/Imported VPs.*Added/);
    expect(previewRows[1]).toMatch(/Changed.*Threshold \(0–100\)/);
    await segue.screenshot(page, 'trust-segment-import-preview');
    await expectAccessible(page);
    expect(await segue.table('segments')).toHaveLength(stored.length);
    await preview.getByTestId('segment-import-confirm').click();
    await expect.poll(async () => (await segue.table('segments')).length).toBe(stored.length + 1);
    expect((await segue.table<Segment>('segments')).find((s) => s.id === changed.id)!.threshold).toBe(changed.threshold);
    await page.getByText('Imported VPs').first().waitFor();
    // The import matched everyone again: Amara (a VP) is in the new segment.
    await expect.poll(async () => (await segue.table<StoredProspect>('prospects')).find((p) => p.fullName === 'Amara Okafor')!.segmentIds).toContain('imported-vps');
    await page.close();
  });
});

describe('the CSV a CRM imports', () => {
  it('keeps phone numbers as they are and neutralises a formula, read back as a CRM parses it', async () => {
    const evil = amaraDraft() as unknown as ProspectDraft;
    evil.fields = {
      ...evil.fields, fullName: 'Mallory Quist', firstName: 'Mallory', lastName: 'Quist', company: '=HYPERLINK("http://evil.example","x")',
      emails: ['mallory@quist.example'], phones: [{ number: '+14155550199', label: 'office' }, { number: '+442079460958', label: 'mobile' }],
      profiles: {}, notes: '-2+3 @SUM(1)', title: '+1 coach',
    };
    evil.source = { url: 'https://quist.example/about', site: 'web', capturedAt: Date.now() };
    await segue.send('prospects.save', { draft: evil });
    await segue.send('prospects.save', { draft: amaraDraft() });

    const page = await dashboard('data');
    const file = await download(page, 'export-prospects');
    // What a CRM's importer does: parse the CSV and take each cell as it is.
    const { data, errors } = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(Object.keys(data[0]!)).toEqual([...PROSPECT_CSV_HEADERS]);
    const mallory = data.find((row) => row.Email === 'mallory@quist.example')!;
    expect(mallory['Phone Number']).toBe('+14155550199');
    expect(mallory['Mobile Phone Number']).toBe('+442079460958');
    expect(mallory['Company Name']).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(mallory.Notes).toBe("'-2+3 @SUM(1)");
    expect(mallory['Job Title']).toBe("'+1 coach");
    const amara = data.find((row) => row.Email === 'amara.okafor@brightwave.example.com')!;
    expect(amara['Mobile Phone Number']).toBe('+14155550132');
    // No cell a spreadsheet would run: every one starting with a formula character is a plain phone number.
    const risky = data.flatMap((row) => Object.values(row)).filter((cell) => /^\s*[=+\-@\t\r]/.test(cell));
    expect(risky.filter((cell) => !/^\+\d{7,15}$/.test(cell))).toEqual([]);
    await page.close();
  });
});

// Runs after the downloads: opening the real popup attaches a second CDP client, which takes over where Chromium
// saves downloads.
describe('a likely duplicate asks first, and the merge is undone from the timeline', () => {
  it('same name and company only: the popup asks; Merge merges; the timeline shows old → new and undoes it', async () => {
    // Someone already saved as Amara Okafor at Brightwave, from another page, with another address and no profile.
    for (const p of await segue.table<StoredProspect>('prospects')) await segue.send('prospects.bulkDelete', { ids: [p.id] });
    const earlier = amaraDraft() as unknown as ProspectDraft;
    earlier.fields = { ...earlier.fields, title: 'Director of Sales', emails: ['amara@old-mailbox.example'], profiles: {}, phones: [] };
    earlier.source = { url: 'https://conference.example.org/2025/amara', site: 'web', capturedAt: Date.now() - 86_400_000 };
    const seeded = await segue.send<{ prospect: { id: string } }>('prospects.save', { draft: earlier });

    const page = await segue.context.newPage();
    await page.goto(DEMO_PAGES[0]!.url);
    const popup = await segue.openPopup(page);
    await popup.getByTestId('capture').click();
    const form = popup.getByRole('form', { name: 'Review before saving' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Save prospect' }).click();
    const question = popup.getByTestId('merge-question');
    await question.waitFor();
    expect(await question.textContent()).toContain('Looks like Amara Okafor already saved');
    expect(await segue.table('prospects')).toHaveLength(1); // nothing saved yet
    await question.scrollIntoViewIfNeeded();
    await segue.screenshot(popup, 'trust-merge-question');
    await expectAccessible(popup);
    await question.getByRole('button', { name: 'Merge' }).click();
    await popup.getByTestId('prospect-view').waitFor();
    const [merged] = await segue.table<StoredProspect>('prospects');
    expect(merged).toMatchObject({ id: seeded.prospect.id, title: 'VP of Sales' });
    expect(merged!.emails).toEqual(['amara@old-mailbox.example', 'amara.okafor@brightwave.example.com']);
    await popup.close();
    await page.close();

    const detail = await dashboard(`prospects/${seeded.prospect.id}`);
    const entry = detail.getByTestId('timeline-merge');
    await entry.waitFor();
    const changes = await entry.getByTestId('merge-changes').textContent();
    expect(changes).toContain('Director of Sales → VP of Sales');
    expect(changes).toContain('amara@old-mailbox.example → amara@old-mailbox.example, amara.okafor@brightwave.example.com');
    await segue.screenshot(detail, 'trust-timeline-merge');
    await expectAccessible(detail);
    await entry.getByTestId('undo-merge').click();
    await detail.getByTestId('timeline-merge_undone').waitFor();
    const [restored] = await segue.table<StoredProspect>('prospects');
    expect(restored).toMatchObject({ id: seeded.prospect.id, title: 'Director of Sales', emails: ['amara@old-mailbox.example'], profiles: {}, phones: [] });
    expect(restored!.sources.map((s) => s.url)).toEqual(['https://conference.example.org/2025/amara']);
    expect(await entry.getByTestId('undo-merge').count()).toBe(0);
    // The form on the page shows the restored record (it was not edited, so nothing is "unsaved").
    await expect.poll(() => detail.getByTestId('field-title').inputValue()).toBe('Director of Sales');
    const timeline = await segue.table<Activity>('activities');
    expect(timeline.find((a) => a.kind === 'merge')!.data!.undoneAt).toEqual(expect.any(Number));
    await segue.screenshot(detail, 'trust-timeline-merge-undone');
    await detail.close();
  });

  it('a shared sales@ address does not make two people one', async () => {
    const first = await segue.send<{ merged: boolean }>('prospects.save', { draft: { ...amaraDraft(), fields: { ...amaraDraft().fields, fullName: 'Rui Costa', firstName: 'Rui', lastName: 'Costa', company: 'Lisbon Freight', emails: ['sales@lisbon-freight.example'], profiles: {} } } });
    const second = await segue.send<{ merged: boolean }>('prospects.save', { draft: { ...amaraDraft(), fields: { ...amaraDraft().fields, fullName: 'Ines Lobo', firstName: 'Ines', lastName: 'Lobo', company: 'Lisbon Freight', emails: ['sales@lisbon-freight.example'], profiles: {} } } });
    expect([first.merged, second.merged]).toEqual([false, false]);
    expect((await segue.table<StoredProspect>('prospects')).filter((p) => p.company === 'Lisbon Freight')).toHaveLength(2);
  });
});
