// The rep's default country is the last hint for national phone numbers: the background applies it to a capture.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../../src/background/capture';
import { settingsRepo } from '../../../src/db/default-database';
import type { ExtractionResult } from '../../../src/domain/extraction';
import { emptyFields, type Phone } from '../../../src/domain/prospect';
import { browser } from '../../../src/platform/browser';
import { clearDatabase } from '../../support/dashboard/dashboard-harness';

function pageAnswers(result: ExtractionResult): void {
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => (details.files ? [] : [{ frameId: 0, result }])) as never);
}

const captured = (phones: Phone[]): ExtractionResult => ({
  ok: true, url: 'https://people.example.com/jan', reports: [],
  people: [{ fields: { ...emptyFields(), fullName: 'Jan Berg', phones }, fieldSources: { phones: 'json-ld' }, source: { url: 'https://people.example.com/jan', site: 'web', capturedAt: 1 } }],
} as ExtractionResult);

beforeEach(async () => {
  vi.restoreAllMocks();
  await clearDatabase();
});

describe('captureTab and the rep\'s default country', () => {
  it('normalizes numbers the page kept as written with the rep\'s country, and leaves E.164 numbers alone', async () => {
    await settingsRepo().patch('sender', { country: 'DE' });
    pageAnswers(captured([{ number: '030 1234567', raw: '030 1234567', label: 'office' }, { number: '+33142685300', raw: '+33 1 42 68 53 00' }]));
    const result = await captureTab(1, 'https://people.example.com/jan');
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields.phones).toEqual([
      { number: '+49301234567', raw: '030 1234567', label: 'office' },
      { number: '+33142685300', raw: '+33 1 42 68 53 00' },
    ]);
  });

  it('keeps the number as written when no country is known at all', async () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en');
    pageAnswers(captured([{ number: '030 1234567', raw: '030 1234567' }]));
    const result = await captureTab(1, 'https://people.example.com/jan');
    if (!result.ok) throw new Error(result.error);
    expect(result.people[0]!.fields.phones).toEqual([{ number: '030 1234567', raw: '030 1234567' }]);
  });
});
