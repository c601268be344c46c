// Storage in real Chromium, through the dashboard: CSV import (mapping, per-row errors, progress, merge on
// re-import), bad files that write nothing, JSON backup → clear everything → restore, CSV exports a CRM can import
// (with formula injection neutralised), storage safety in Settings, and a version-1 database upgraded in place.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CURRENT_VERSION, SCHEMA_HISTORY, searchTokensOf, toStored, type StoredProspect } from '../../src/db/database';
import { CALL_CSV_HEADERS, PROSPECT_CSV_HEADERS } from '../../src/db/export/csv-export';
import { generateProspects, toCsv } from '../support/db/generate';
import { identityKeys } from '../../src/domain/merge';
import { normalizeKey, type Prospect } from '../../src/domain/prospect';
import { starterSegments } from '../../src/domain/segments/starter-segments';
import { amaraDraft } from './drafts';
import { readTable, SCREENSHOTS, startSegue, type Segue } from './segue';

const IMPORT_FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const downloads = mkdtempSync(join(tmpdir(), 'segue-downloads-'));

afterAll(() => rmSync(downloads, { recursive: true, force: true }));

async function openDashboard(segue: Segue, route: string): Promise<Page> {
  const page = await segue.openPage(`src/ui/options/index.html#/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => { location.hash = hash; }, `#/${route}`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Clicks an export button and returns the file the browser saved. */
async function download(page: Page, testId: string): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** An extension page that never opens Segue's database itself (nothing there holds a connection). */
async function rawExtensionPage(segue: Segue): Promise<Page> {
  const page = await segue.context.newPage();
  await page.goto(segue.url('manifest.json'));
  return page;
}

describe('storage through the dashboard', () => {
  let segue: Segue;
  let dashboard: Page;
  let reader: Page;
  const prospects = () => readTable<StoredProspect>(reader, 'prospects');
  const table = <T,>(name: string) => readTable<T>(reader, name);
  const csvInput = () => dashboard.getByTestId('csv-import').getByTestId('csv-file');

  beforeAll(async () => {
    segue = await startSegue();
    reader = await rawExtensionPage(segue);
    dashboard = await openDashboard(segue, 'data');
  });

  afterAll(async () => {
    await segue?.close();
  });

  describe('CSV import', () => {
    it('maps a HubSpot export by itself, previews it, imports with a result, and lists the prospects', async () => {
      await csvInput().setInputFiles(join(IMPORT_FIXTURES, 'hubspot-contacts.csv'));
      const mapping = dashboard.getByTestId('mapping-table');
      await mapping.waitFor();
      const mapped = (header: string) => mapping.getByLabel(`Import column “${header}” as`).inputValue();
      expect({
        first: await mapped('First Name'), last: await mapped('Last Name'), email: await mapped('Email'), title: await mapped('Job Title'),
        company: await mapped('Company Name'), phone: await mapped('Phone Number'), mobile: await mapped('Mobile Phone Number'),
        linkedin: await mapped('LinkedIn URL'), stage: await mapped('Lifecycle Stage'), recordId: await mapped('Record ID'),
      }).toEqual({
        first: 'firstName', last: 'lastName', email: 'email', title: 'title', company: 'company', phone: 'phone', mobile: 'mobile',
        linkedin: 'linkedin', stage: 'stage', recordId: '',
      });
      const preview = dashboard.getByTestId('import-preview');
      expect(await preview.getByTestId('preview-valid').textContent()).toBe('3 rows ready');
      expect(await preview.getByTestId('preview-errors').textContent()).toBe('0 rows with errors (skipped)');
      expect(await preview.getByTestId('preview-row').allTextContents()).toEqual([
        expect.stringMatching(/^2Avery Hartwellavery\.hartwell@lumenfreight\.exampleLumen Freight/),
        expect.stringMatching(/^3Nadia Okonkwonadia@kestrelhealth\.exampleKestrel Health/),
        expect.stringMatching(/^4Gideon MarchettiGIDEON\.MARCHETTI@pinecrest\.examplePinecrest Analytics, Inc\./),
      ]);
      expect(await prospects()).toEqual([]); // nothing is written before the rep confirms
      await shot(dashboard, 'data-import-preview');

      await dashboard.getByTestId('start-import').click();
      const done = dashboard.getByTestId('import-done');
      await done.waitFor();
      expect(await done.getByTestId('import-summary').textContent()).toBe('3 created, 0 merged into existing prospects, 0 already up to date, 0 skipped because of errors.');

      const rows = await prospects();
      expect(rows).toHaveLength(3);
      const avery = rows.find((r) => r.fullName === 'Avery Hartwell')!;
      expect(avery).toMatchObject({
        firstName: 'Avery', lastName: 'Hartwell', title: 'VP of Sales', company: 'Lumen Freight', stage: 'qualified',
        emails: ['avery.hartwell@lumenfreight.example'], profiles: { linkedin: 'https://www.linkedin.com/in/avery-hartwell-lf' },
        location: { city: 'Riverton', region: 'WY', country: 'United States' },
      });
      expect(avery.phones.map((p) => [p.number, p.label])).toEqual([['+14155550101', 'office'], ['+16285550144', 'mobile']]);
      // "(415) 555-0102" has no country code: the row's "United States" supplies it.
      expect(rows.find((r) => r.fullName === 'Nadia Okonkwo')!.phones.map((p) => p.number)).toEqual(['+14155550102']);
      expect(rows.find((r) => r.fullName === 'Gideon Marchetti')).toMatchObject({ stage: 'won', company: 'Pinecrest Analytics, Inc.' });
      for (const row of rows) expect(row).not.toHaveProperty('searchTokens');
      const search = await segue.table<{ id: string; tokens: string[] }>('prospectSearch');
      for (const row of rows) expect(search.find((s) => s.id === row.id)?.tokens).toEqual(searchTokensOf(row));

      // The prospects table lists them, and search finds one by its email domain.
      await done.getByRole('link', { name: 'See the prospects' }).click();
      const table = dashboard.getByTestId('prospects-table');
      await expect.poll(() => table.getByTestId('prospect-row').count()).toBe(3);
      await dashboard.getByTestId('prospect-search').fill('kestrelhealth');
      await expect.poll(() => table.getByTestId('prospect-row').allTextContents()).toEqual([expect.stringContaining('Nadia Okonkwo')]);
      await dashboard.getByTestId('prospect-search').fill('');
    });

    it('re-importing the same file merges: the count stays the same', async () => {
      const before = byId(await prospects());
      await go(dashboard, 'data');
      await csvInput().setInputFiles(join(IMPORT_FIXTURES, 'hubspot-contacts.csv'));
      await dashboard.getByTestId('start-import').click();
      await dashboard.getByTestId('import-done').waitFor();
      expect(await dashboard.getByTestId('import-summary').textContent()).toBe('0 created, 0 merged into existing prospects, 3 already up to date, 0 skipped because of errors.');
      const after = byId(await prospects());
      expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
      expect(after.map((p) => p.fullName)).toEqual(before.map((p) => p.fullName));
      await dashboard.getByRole('button', { name: 'Import another file' }).click();
    });

    it('shows each bad row\'s errors, imports only the good ones, and merges a repeated person', async () => {
      await csvInput().setInputFiles(join(IMPORT_FIXTURES, 'mixed-errors.csv'));
      const preview = dashboard.getByTestId('import-preview');
      await expect.poll(() => preview.getByTestId('preview-valid').textContent()).toBe('2 rows ready');
      expect(await preview.getByTestId('preview-errors').textContent()).toBe('4 rows with errors (skipped)');
      expect(await dashboard.getByText('1 repeats a person (merged)').count()).toBe(1);
      // Rows with errors come first, numbered as in a spreadsheet (the header is row 1), each with what is wrong.
      const errorRows = await preview.getByTestId('preview-row').evaluateAll((rows) =>
        rows.map((r) => [r.firstElementChild!.textContent, [...r.querySelectorAll('[data-testid="row-errors"] li')].map((li) => li.textContent)]));
      expect(errorRows).toEqual([
        ['3', ['Email "not-an-email" is not a valid email address.']],
        ['4', ['Company size "lots" is not a number.']],
        ['5', ['The row has no name, email or profile URL.']],
        ['7', [expect.stringMatching(/^Profile URL ".*not a url at all" is not a valid URL\.$/)]],
      ]);
      expect(await dashboard.getByTestId('start-import').textContent()).toBe('Import 2 prospects');
      await shot(dashboard, 'data-import-errors');

      await preview.getByRole('checkbox').uncheck();
      expect(await preview.getByTestId('preview-row').nth(4).textContent()).toMatch(/Same person as row 2/);

      await dashboard.getByTestId('start-import').click();
      await dashboard.getByTestId('import-done').waitFor();
      expect(await dashboard.getByTestId('import-summary').textContent()).toBe('1 created, 1 merged into existing prospects, 0 already up to date, 4 skipped because of errors.');
      const esme = (await prospects()).filter((p) => p.lastName === 'Galloway');
      expect(esme).toHaveLength(1);
      expect(esme[0]).toMatchObject({ company: 'Juniper Labs', companySize: 25, profiles: { linkedin: 'https://www.linkedin.com/in/esme-galloway' } });
      expect((await prospects()).map((p) => p.fullName)).not.toContain('Florin Yarrow');
      expect(await prospects()).toHaveLength(4);
      await dashboard.getByRole('button', { name: 'Import another file' }).click();
    });

    it('shows a progress bar while a large file imports, then the result', async () => {
      const before = (await prospects()).length;
      const big = toCsv(generateProspects(4000, 42));
      await csvInput().setInputFiles({ name: 'trade-fair-leads.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
      await expect.poll(() => dashboard.getByTestId('preview-valid').textContent()).toBe('4,000 rows ready');
      await dashboard.getByTestId('start-import').click();

      const running = dashboard.getByTestId('import-running');
      await running.waitFor();
      const bar = running.getByRole('progressbar', { name: 'Import progress' });
      expect(Number(await bar.getAttribute('max'))).toBe(4000);
      await expect.poll(async () => Number(await bar.getAttribute('value').catch(() => '4000')), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(await running.textContent()).toMatch(/^[\d,]+ of 4,000 rows imported…$/);
      await shot(dashboard, 'data-import-progress');

      const done = dashboard.getByTestId('import-done');
      await done.waitFor({ timeout: 90_000 });
      expect(await done.getByTestId('import-summary').textContent()).toMatch(/^\d[\d,]* created, \d[\d,]* merged into existing prospects, 0 already up to date, 0 skipped because of errors\.$/);
      await shot(dashboard, 'data-import-result');
      const count = (await prospects()).length;
      // generateProspects repeats some people on purpose (same email): those merge instead of adding a row.
      const [created, merged] = ((await done.getByTestId('import-summary').textContent()) ?? '').match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, '')));
      expect(created! + merged!).toBe(4000);
      expect(count).toBe(before + created!);
      await dashboard.getByRole('button', { name: 'Import another file' }).click();
    });
  });

  describe('bad files', () => {
    const unchanged = async (before: StoredProspect[]) => expect(byId(await prospects()).map((p) => [p.id, p.updatedAt])).toEqual(byId(before).map((p) => [p.id, p.updatedAt]));

    const badCsv: Array<[string, { name: string; mimeType: string; buffer: Buffer }, RegExp]> = [
      ['an empty file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, /^The file is empty\.$/],
      ['a spreadsheet (binary)', { name: 'contacts.xlsx', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]) }, /binary|not UTF-8 text/],
      ['unbalanced quotes', { name: 'unbalanced-quotes.csv', mimeType: 'text/csv', buffer: readFileSync(join(IMPORT_FIXTURES, 'unbalanced-quotes.csv')) }, /^Unbalanced quotes near data row 1: .*Check the file was exported as CSV\.$/],
    ];

    for (const [what, file, message] of badCsv) {
      it(`CSV import: ${what} shows a clear error and writes nothing`, async () => {
        const before = await prospects();
        await go(dashboard, 'data');
        await csvInput().setInputFiles(file);
        const error = dashboard.getByTestId('csv-import').getByRole('alert');
        await expect.poll(async () => (await error.textContent())?.trim()).toMatch(message);
        expect(await dashboard.getByTestId('start-import').count()).toBe(0);
        if (what === 'unbalanced quotes') await shot(dashboard, 'data-import-bad-file');
        await unchanged(before);
      });
    }

    const badBackups: Array<[string, string, RegExp]> = [
      ['a backup from a newer Segue', JSON.stringify({ format: 'segue-backup', version: 99, exportedAt: '2031-01-01T00:00:00Z', prospects: [] }),
        /^This backup was made by a newer version of Segue \(backup format 99; this version reads up to 1\)\. Update Segue, then restore it\.$/],
      ['a JSON file that is not a backup', JSON.stringify([{ name: 'Avery' }]), /^This file is not a Segue backup/],
      ['a damaged backup', JSON.stringify({ format: 'segue-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', prospects: [{ id: 'x' }], segments: [], calls: [], tasks: [], activities: [], settings: [] }),
        /^This backup cannot be restored \(problems found: \d+\)\. Nothing was changed\.prospects\[0\]\.fullName — required/],
      ['a truncated file', '{"format":"segue-backup","version":1,"prospects":[', /^The file is not valid JSON/],
    ];

    for (const [what, text, message] of badBackups) {
      it(`backup restore: ${what} shows a clear error and writes nothing`, async () => {
        const before = await prospects();
        await go(dashboard, 'data');
        await dashboard.getByTestId('backup-file').setInputFiles({ name: 'segue-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        // A file that is no backup at all says so in one line; a damaged backup lists each bad field.
        const error = dashboard.getByTestId('backup-error').or(dashboard.getByTestId('backup-issues'));
        await expect.poll(() => error.textContent()).toMatch(message);
        expect(await dashboard.getByTestId('restore-backup').count()).toBe(0);
        if (what.includes('newer')) await shot(dashboard, 'data-backup-future-version');
        await unchanged(before);
      });
    }
  });

  describe('backup, clear everything, restore', () => {
    it('exports a JSON backup, clears everything after typing DELETE, and restores every prospect as it was', async () => {
      await segue.send('prospects.save', { draft: amaraDraft() });
      const before = byId(await prospects());
      const segmentsBefore = await table<{ id: string }>('segments');
      expect(before.length).toBeGreaterThan(4000);

      await go(dashboard, 'data');
      const backup = await download(dashboard, 'export-backup');
      expect(backup.name).toMatch(/^segue-backup-\d{4}-\d{2}-\d{2}.*\.json$/);
      const parsed = JSON.parse(backup.text) as { format: string; version: number; prospects: Array<{ id: string }> };
      expect(parsed).toMatchObject({ format: 'segue-backup', version: 1 });
      expect(parsed.prospects).toHaveLength(before.length);

      // Settings → Data & privacy → Clear everything: the button stays disabled until DELETE is typed exactly.
      await go(dashboard, 'settings');
      const privacy = dashboard.getByTestId('privacy-section');
      await expect.poll(() => privacy.getByTestId('last-backup').textContent()).not.toBe('Never');
      await privacy.getByTestId('clear-all').click();
      await privacy.getByTestId('clear-confirm').fill('delete');
      expect(await privacy.getByTestId('clear-confirm-button').isDisabled()).toBe(true);
      await privacy.getByTestId('clear-confirm').fill('DELETE');
      await privacy.getByTestId('clear-confirm-button').click();
      await dashboard.getByText('Everything was deleted.').waitFor();
      expect(await prospects()).toEqual([]);
      expect(await table('segments')).toEqual([]);
      await go(dashboard, 'prospects');
      await dashboard.getByText('No prospects yet').waitFor();

      await go(dashboard, 'data');
      await dashboard.getByTestId('backup-file').setInputFiles(backup.path);
      const summary = dashboard.getByTestId('backup-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(new RegExp(`: ${before.length.toLocaleString('en-US')} prospects, ${segmentsBefore.length} segments, 0 calls, 0 follow-ups\\.$`));
      await shot(dashboard, 'data-backup-restore');
      await dashboard.getByTestId('restore-backup').click();
      const done = dashboard.getByTestId('import-done');
      await done.waitFor({ timeout: 60_000 });
      expect(await done.getByTestId('import-summary').textContent()).toBe(`Restored ${before.length.toLocaleString('en-US')} prospects, ${segmentsBefore.length} segments and 0 calls.`);

      const after = byId(await prospects());
      expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
      // Every prospect is back exactly as it was, index fields included.
      for (let i = 0; i < before.length; i++) expect(after[i], before[i]!.fullName).toEqual(before[i]);
      expect(byId(await table<{ id: string }>('segments'))).toEqual(byId(segmentsBefore));

      // Everything stored is what the backup file holds: Settings counts changes from the backup's date and does
      // not ask for another backup of what was just restored.
      await go(dashboard, 'settings');
      await expect.poll(() => privacy.getByTestId('last-backup').textContent()).not.toBe('Never');
      expect(await privacy.getByTestId('backup-reminder').count()).toBe(0);
    });
  });

  describe('CSV exports', () => {
    it('exports prospects with CRM import headers, neutralising a formula in any cell', async () => {
      const evil = amaraDraft();
      evil.fields.fullName = 'Mallory Quist';
      evil.fields.firstName = 'Mallory';
      evil.fields.lastName = 'Quist';
      evil.fields.company = '=HYPERLINK("http://evil.example","x")';
      evil.fields.emails = ['mallory@quist.example'];
      evil.fields.phones = [{ number: '+14155550199', label: 'mobile' }];
      evil.fields.profiles = { linkedin: 'https://www.linkedin.com/in/mallory-quist-example' };
      evil.fields.notes = '@SUM(1+1)';
      evil.source = { url: 'https://quist.example/about', site: 'web', capturedAt: Date.now() };
      await segue.send('prospects.save', { draft: evil });

      await go(dashboard, 'data');
      const file = await download(dashboard, 'export-prospects');
      expect(file.name).toMatch(/^segue-prospects-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(file.text.split('\r\n')[0]).toBe(PROSPECT_CSV_HEADERS.join(','));
      const [header, ...rows] = parseCsv(file.text);
      // Names a HubSpot import maps by itself; Salesforce's wizard maps First/Last Name, Email and Title.
      expect(header).toEqual(expect.arrayContaining(['First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Job Title', 'Company Name', 'Lifecycle Stage']));
      expect(rows).toHaveLength((await prospects()).length);
      const col = (name: string) => header!.indexOf(name);
      const mallory = rows.find((r) => r[col('Email')] === 'mallory@quist.example')!;
      expect(mallory[col('First Name')]).toBe('Mallory');
      expect(mallory[col('Company Name')]).toBe('\'=HYPERLINK("http://evil.example","x")');
      expect(mallory[col('Notes')]).toBe("'@SUM(1+1)");
      expect(mallory[col('Mobile Phone Number')]).toBe('+14155550199');
      // No cell anywhere in the file starts with a character a spreadsheet runs as a formula, but for phone numbers.
      expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^\+\d{7,15}$/.test(cell))).toEqual([]);
      expect(file.text).not.toMatch(/(^|,)=HYPERLINK/m);
    });

    it('exports calls with the prospect, outcome and duration columns', async () => {
      const amara = (await prospects()).find((p) => p.fullName === 'Amara Okafor')!;
      await segue.send('call.start', { prospectId: amara.id, replace: true });
      await segue.send('call.update', { patch: { outcome: 'meeting_booked', notes: '=1+2 asked for pricing', nextStep: 'Send proposal' } });
      await segue.send('call.save', {});

      const file = await download(dashboard, 'export-calls');
      expect(file.name).toMatch(/^segue-calls-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = parseCsv(file.text);
      expect(header).toEqual([...CALL_CSV_HEADERS]);
      expect(rows).toHaveLength(1);
      const call = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
      expect(call).toMatchObject({
        'First Name': 'Amara', 'Last Name': 'Okafor', Email: 'amara.okafor@brightwave.example.com', 'Company Name': 'Brightwave Analytics',
        'Call Outcome': 'Meeting booked', 'Call Notes': "'=1+2 asked for pricing", 'Next Step': 'Send proposal',
      });
      expect(call['Activity Date']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Number(call['Call Duration (seconds)'])).toBeGreaterThanOrEqual(0);
    });
  });

  describe('storage safety in Settings', () => {
    it('shows how much is stored, and that the browser will not clear the data (unlimited storage)', async () => {
      await go(dashboard, 'settings');
      const privacy = dashboard.getByTestId('privacy-section');
      const usage = privacy.getByTestId('storage-usage');
      await expect.poll(() => usage.textContent()).toMatch(/^[\d.,]+ (B|KB|MB|GB) of [\d.,]+ (B|KB|MB|GB|TB) available/);
      expect(await usage.getByRole('progressbar').count()).toBe(1);
      // Chrome grants an extension unlimitedStorage instead of persist(), and never evicts such an origin's data:
      // the page says the data is protected, and offers no "ask" button that could only fail.
      await privacy.getByText('Yes — Segue has unlimited storage, which the browser does not clear when disk space runs low.', { exact: true }).waitFor();
      expect(await privacy.getByText(/^No — /).count()).toBe(0);
      expect(await privacy.getByRole('button', { name: 'Ask the browser to keep it' }).count()).toBe(0);
      await shot(dashboard, 'data-settings');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** The raw IndexedDB stores of a Dexie schema: "id, *tags, [a+b]" → key path, then indexes. */
function storesOf(schema: Record<string, string>) {
  return Object.entries(schema).map(([name, spec]) => {
    const [primary, ...indexes] = spec.split(',').map((s) => s.trim()).filter(Boolean);
    const path = (s: string) => (s.startsWith('[') ? s.slice(1, -1).split('+') : s.replace(/^[*&]|^\+\+/, ''));
    return {
      name, keyPath: path(primary!) as string,
      indexes: indexes.map((s) => ({ name: s.replace(/^[*&]/, ''), keyPath: path(s), multiEntry: s.startsWith('*'), unique: s.startsWith('&') })),
    };
  });
}

/** A prospect row as version 1 of Segue wrote it: only the index fields that version knew. */
function v1Row(p: Prospect) {
  return { ...p, identityKeys: identityKeys(p), nameKey: normalizeKey(p.fullName), companyKey: normalizeKey(p.company) };
}

describe('upgrading a version-1 database in real Chromium', () => {
  let segue: Segue;
  const profile = mkdtempSync(join(tmpdir(), 'segue-migrate-'));

  beforeAll(async () => {
    segue = await startSegue({ userDataDir: profile });
  });

  afterAll(async () => {
    await segue?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps every row and fills the new index fields when the dashboard opens an old database', async () => {
    const old = generateProspects(60, 9).map(v1Row);
    // Two hand-written rows with what real captures have: accents, several emails, no company.
    const [first, second] = generateProspects(2, 1234);
    old.push(v1Row({ ...first!, id: 'v1-zoe', fullName: 'Zoë Müller-Brandt', firstName: 'Zoë', lastName: 'Müller-Brandt', emails: ['zoe@emberline.example', 'zmb@mailbox.example'] }));
    const { company: _dropped, ...noCompany } = second!;
    old.push(v1Row({ ...noCompany, id: 'v1-solo', fullName: 'Ivo Ellery', firstName: 'Ivo', lastName: 'Ellery', emails: ['ivo@ellery.example'] }));
    const segments = starterSegments().slice(0, 3);
    const settings = [{ key: 'sender', value: { name: 'Robin Vale', title: 'AE', company: 'Segue Demo Co' } }];

    // An extension page that does not open Segue's database itself.
    const raw = await segue.context.newPage();
    await raw.goto(segue.url('manifest.json'));
    // The worker made the current database on install (starter segments): wait for it.
    await expect.poll(() => raw.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'segue')?.version ?? 0), { timeout: 20_000 })
      .toBe(CURRENT_VERSION * 10);

    // Delete it while the service worker still holds it open: Dexie closes on "versionchange", so nothing blocks.
    const deletion = await raw.evaluate(() => new Promise<{ blocked: boolean }>((done, fail) => {
      let blocked = false;
      const request = indexedDB.deleteDatabase('segue');
      request.onblocked = () => { blocked = true; };
      request.onsuccess = () => done({ blocked });
      request.onerror = () => fail(request.error);
    }));
    expect(deletion.blocked).toBe(false);

    // Stop the worker (so nothing reopens the database at the current version), then build version 1 by hand:
    // Dexie's version n is IndexedDB version n × 10.
    const cdp = await segue.context.newCDPSession(raw);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const created = await raw.evaluate(({ stores, data }) => new Promise<number>((done, fail) => {
      const request = indexedDB.open('segue', 10);
      request.onupgradeneeded = () => {
        for (const store of stores) {
          const os = request.result.createObjectStore(store.name, { keyPath: store.keyPath });
          for (const index of store.indexes) os.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
        }
      };
      request.onerror = () => fail(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(Object.keys(data), 'readwrite');
        for (const [table, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(table).add(row);
        tx.oncomplete = () => { const version = db.version; db.close(); done(version); };
        tx.onerror = () => fail(tx.error);
      };
    }), { stores: storesOf(SCHEMA_HISTORY[1]), data: { prospects: old, segments, settings } });
    expect(created).toBe(10);
    await raw.close();

    // The dashboard opens it: Dexie upgrades to the current version and recomputes the index fields.
    const dashboard = await openDashboard(segue, 'prospects');
    const table = dashboard.getByTestId('prospects-table');
    await table.waitFor();
    await expect.poll(() => dashboard.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'segue')?.version)).toBe(CURRENT_VERSION * 10);

    const rows = byId(await segue.table<StoredProspect>('prospects'));
    expect(rows).toHaveLength(old.length);
    for (const before of byId(old)) {
      const after = rows.find((r) => r.id === before.id)!;
      expect(after, before.fullName).toMatchObject(before); // nothing lost or changed
      expect(after, before.fullName).toEqual(toStored(after)); // every derived field filled as today's code computes it
      expect(after).not.toHaveProperty('searchTokens');
      expect(after.emailKeys).toEqual(before.emails.map((e) => e.toLowerCase()));
    }
    expect(byId(await segue.table<{ id: string }>('segments'))).toEqual(byId(segments));
    expect(await segue.table('settings')).toEqual(expect.arrayContaining(settings));
    for (const name of ['calls', 'tasks', 'activities']) expect(await segue.table(name)).toEqual([]);

    // Search runs on the new token index: a migrated row is found by a word of its name and by its second email.
    const search = dashboard.getByTestId('prospect-search');
    await search.fill('müller');
    await expect.poll(() => table.getByTestId('prospect-row').allTextContents()).toEqual([expect.stringContaining('Zoë Müller-Brandt')]);
    await search.fill('zmb@mailbox.example');
    await expect.poll(() => table.getByTestId('prospect-row').allTextContents()).toEqual([expect.stringContaining('Zoë Müller-Brandt')]);
    await search.fill('ellery.example');
    await expect.poll(() => table.getByTestId('prospect-row').allTextContents()).toEqual([expect.stringContaining('Ivo Ellery')]);
    await search.fill('');
    await shot(dashboard, 'data-migrated-prospects');

    // The restarted service worker opens the upgraded database, and a capture of a migrated person merges into it
    // through the new email index.
    const saved = await segue.send<{ merged: boolean; prospect: { id: string } }>('prospects.save', {
      draft: { ...amaraDraft(), fields: { ...amaraDraft().fields, fullName: 'Ivo Ellery', firstName: 'Ivo', lastName: 'Ellery', emails: ['IVO@ellery.example'], profiles: {}, company: undefined } },
    });
    expect(saved).toMatchObject({ merged: true, prospect: { id: 'v1-solo' } });
    expect(await segue.table('prospects')).toHaveLength(old.length);
    await dashboard.close();
  });
});
