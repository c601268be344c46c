// Every export format Segue recognizes, as the tool writes it (real header rows, fictional people): each file
// imports every row with the right fields, without a hand-made mapping.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../../src/db/import/export-formats';
import { previewImport } from '../../../../src/db/import/preview';
import { scoreImport, type ExpectedImport } from '../../../support/import/score-import';

const DIR = resolve(import.meta.dirname, '../../../fixtures/import');
const files = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''));

describe('real export formats import without a manual mapping', () => {
  it('has a fixture for every format the issue names', () => {
    const formats = new Set(files.map((f) => (JSON.parse(readFileSync(resolve(DIR, `${f}.expected.json`), 'utf8')) as ExpectedImport).format));
    for (const format of ['linkedin-connections', 'google-contacts-2016', 'google-contacts-2024', 'outlook', 'apollo', 'hubspot', 'salesforce-report',
      'salesforce-dataloader', 'pipedrive', 'zoho', 'sales-navigator', 'mailchimp', 'thunderbird', 'vcard']) {
      expect(formats, format).toContain(format);
    }
  });

  it('has a fixture for every format in the synonym table', () => {
    const formats = new Set(files.map((f) => (JSON.parse(readFileSync(resolve(DIR, `${f}.expected.json`), 'utf8')) as ExpectedImport).format));
    expect(EXPORT_FORMATS.map((f) => f.id).filter((id) => !formats.has(id))).toEqual([]);
  });

  for (const file of files) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(resolve(DIR, `${file}.expected.json`), 'utf8')) as ExpectedImport;
      const preview = previewImport(new Uint8Array(readFileSync(resolve(DIR, file))));
      expect(preview.fileErrors).toEqual([]);
      const score = scoreImport(preview, expected);
      expect(score.misses).toEqual([]);
      expect(preview.errorCount).toBe(0);
      expect(score.rowsImported).toBe(expected.rows);
      if (expected.format !== 'vcard') expect(preview.format).toBe(expected.format);
    });
  }
});
