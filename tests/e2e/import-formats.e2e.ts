// Every export format Segue recognizes, imported end to end in real Chromium through the dashboard: the file as the
// tool writes it (real header row, fictional people), recognised without a manual mapping, previewed, imported,
// and stored with the right fields. LinkedIn's Connections.csv, with its "Notes:" preamble, imports every row.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StoredProspect } from '../../src/db/database';
import { actualFields, fieldRight, type ExpectedImport } from '../support/import/score-import';
import { readTable, SCREENSHOTS, startSegue, type Segue } from './segue';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''));
/** Every file's preview (recognised format, mapped columns) is kept as a screenshot; these also keep the prospects imported. */
const RESULT_SHOTS = new Set(['linkedin-connections.csv', 'google-contacts-2016.csv', 'outlook.csv', 'apple.vcf', 'hubspot-all-properties.csv',
  'pipedrive-postal-address.csv', 'salesforce-dataloader.csv', 'sales-navigator-phantombuster.csv', 'outlook-2007.vcf']);

/** Empties the prospects (with their search rows) and timeline stores through a plain IndexedDB connection, between files. */
async function clearProspects(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done, fail) => {
    const open = indexedDB.open('segue');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['prospects', 'prospectSearch', 'activities'], 'readwrite');
      tx.objectStore('prospects').clear();
      tx.objectStore('prospectSearch').clear();
      tx.objectStore('activities').clear();
      tx.oncomplete = () => { db.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }));
}

describe('import of real export formats through the dashboard', () => {
  let segue: Segue;
  let dashboard: Page;
  let reader: Page;

  beforeAll(async () => {
    segue = await startSegue();
    reader = await segue.context.newPage();
    await reader.goto(segue.url('manifest.json'));
    dashboard = await segue.openPage('src/ui/options/index.html#/data');
  });

  afterAll(async () => {
    await segue?.close();
  });

  /** Picks the file, waits for the preview, imports it and returns the import summary and what was stored. */
  async function importFile(file: string, shotPerson?: string): Promise<{ summary: string; stored: StoredProspect[]; format: string | null; skipped: string | null; ready: string | null; button: string | null; noCompany: string | null }> {
    await clearProspects(reader);
    await dashboard.reload();
    await dashboard.getByRole('heading', { level: 1 }).waitFor();
    await dashboard.getByTestId('csv-import').getByTestId('csv-file').setInputFiles(join(FIXTURES, file));
    await dashboard.getByTestId('import-preview').waitFor();
    const format = await dashboard.getByTestId('import-format').count() ? await dashboard.getByTestId('import-format').textContent() : null;
    const skipped = await dashboard.getByTestId('import-skipped-lines').count() ? await dashboard.getByTestId('import-skipped-lines').textContent() : null;
    const ready = await dashboard.getByTestId('preview-valid').textContent();
    const button = await dashboard.getByTestId('start-import').textContent();
    const noCompany = await dashboard.getByTestId('preview-no-company').count() ? await dashboard.getByTestId('preview-no-company').textContent() : null;
    const name = file.replace(/\./g, '-');
    await dashboard.screenshot({ path: join(SCREENSHOTS, `import-${name}-preview.png`), fullPage: true });
    await dashboard.getByTestId('start-import').click();
    const done = dashboard.getByTestId('import-done');
    await done.waitFor();
    const summary = (await done.getByTestId('import-summary').textContent()) ?? '';
    const stored = await readTable<StoredProspect>(reader, 'prospects');
    if (shotPerson) {
      // What the rep finds afterwards: the prospects list, and the file's first person's fields (phones with their labels).
      await done.getByRole('link').click();
      await dashboard.getByTestId('prospect-row').nth(stored.length - 1).waitFor();
      await dashboard.screenshot({ path: join(SCREENSHOTS, `import-${name}-prospects.png`), fullPage: true });
      await dashboard.getByTestId('prospect-row').getByRole('link', { name: shotPerson, exact: true }).click();
      await dashboard.getByTestId('prospect-detail').waitFor();
      await dashboard.screenshot({ path: join(SCREENSHOTS, `import-${name}-prospect.png`), fullPage: true });
      await dashboard.goto(segue.url('src/ui/options/index.html#/data'));
    }
    return { summary, stored, format, skipped, ready, button, noCompany };
  }

  it('LinkedIn Connections.csv with its "Notes:" preamble imports every row', async () => {
    const { summary, stored, format, skipped } = await importFile('linkedin-connections.csv');
    expect(format).toBe('Recognized as a LinkedIn Connections export: the columns are mapped for you.');
    expect(skipped).toBe('Skipped 2 lines above the header row and 0 lines after the table (notes, not contacts).');
    expect(summary).toBe('4 created, 0 merged into existing prospects, 0 already up to date, 0 skipped because of errors.');
    expect(stored.map((p) => p.profiles.linkedin).sort()).toEqual([
      'https://www.linkedin.com/in/ACoAAB-fictional-member', 'https://www.linkedin.com/in/ilse-vandermeer-fict',
      'https://www.linkedin.com/in/marisol-achterberg-fict', 'https://www.linkedin.com/in/tobiasrenwick-fict',
    ]);
    expect(stored.find((p) => p.fullName === 'Ilse Vandermeer')).toMatchObject({ title: 'Director, Customer Success', company: 'Kestrel Labs' });
  });

  for (const file of files) {
    it(`${file}: recognised, previewed, imported with the right fields`, async () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, `${file}.expected.json`), 'utf8')) as ExpectedImport;
      const { summary, stored, format, ready, button, noCompany } = await importFile(file, RESULT_SHOTS.has(file) ? String(expected.people[0]!.fullName) : undefined);
      expect(format).toMatch(/^Recognized as a .+ export: the columns are mapped for you\.$/);
      // Count texts follow the number: "1 row ready", "Import 1 prospect".
      expect(ready).toBe(expected.rows === 1 ? '1 row ready' : `${expected.rows} rows ready`);
      expect(button).toBe(expected.rows === 1 ? 'Import 1 prospect' : `Import ${expected.rows} prospects`);
      // A Data Loader extract names the account only by its ID: the preview says the company will be unknown.
      if (file === 'salesforce-dataloader.csv') expect(noCompany).toMatch(/only an account ID \(ACCOUNTID\)/);
      expect(summary).toMatch(new RegExp(`^${expected.rows} created, 0 merged into existing prospects, 0 already up to date, 0 skipped because of errors\\.$`));
      expect(stored).toHaveLength(expected.rows);
      const notes = (await readTable<{ prospectId: string; kind: string; data?: { text?: string } }>(reader, 'activities')).filter((a) => a.kind === 'note');
      const misses: string[] = [];
      for (const want of expected.people) {
        const record = stored.find((p) => (want.fullName ? p.fullName === want.fullName : p.profiles.linkedin === want.linkedin));
        if (!record) {
          misses.push(`no stored prospect for ${JSON.stringify(want.fullName ?? want.linkedin)}`);
          continue;
        }
        // Notes are a history: an imported notes column becomes the prospect's first note (a 'note' timeline entry).
        const got: Record<string, unknown> = { ...actualFields(record, record.stage), notes: notes.filter((n) => n.prospectId === record.id).map((n) => n.data?.text ?? '').join('\n') };
        for (const [field, value] of Object.entries(want)) {
          if (!fieldRight(value, got[field])) misses.push(`${String(want.fullName)} ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[field])}`);
        }
      }
      expect(misses).toEqual([]);
    });
  }
});
