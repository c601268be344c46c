// The background's side of on-demand capture libraries: a page that answers `{ needs }` gets the libraries
// injected and is read again; the rep's settings are read while the page is.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../../src/background/capture';
import type { ExtractionResult } from '../../../src/domain/extraction';
import { emptyFields } from '../../../src/domain/prospect';
import type { CaptureAnswer } from '../../../src/messaging/capture-libraries';
import { browser } from '../../../src/platform/browser';
import { clearDatabase } from '../../support/dashboard/dashboard-harness';

const person: ExtractionResult = {
  ok: true, url: 'https://people.example.com/jan', reports: [],
  people: [{ fields: { ...emptyFields(), fullName: 'Jan Berg' }, fieldSources: {}, source: { url: 'https://people.example.com/jan', site: 'web', capturedAt: 1 } }],
} as ExtractionResult;

/** Records every injection; the page's answers to the capture call come in order. */
function page(answers: CaptureAnswer[]): Array<string[] | 'call'> {
  const log: Array<string[] | 'call'> = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    if (details.files) { log.push(details.files); return []; }
    log.push('call');
    return [{ frameId: 0, result: answers.shift() }];
  }) as never);
  return log;
}

beforeEach(async () => {
  vi.restoreAllMocks();
  await clearDatabase();
});

describe('capture with on-demand libraries', () => {
  it('injects only the capture script on a page that needs no library', async () => {
    const log = page([person]);
    expect(await captureTab(1, person.url)).toMatchObject({ ok: true, people: [{ fields: { fullName: 'Jan Berg' } }] });
    expect(log).toEqual([['content/capture.js'], 'call']);
  });

  it('injects the libraries the page asks for, then reads it again', async () => {
    const log = page([{ needs: ['microformats', 'phones'] }, person]);
    expect(await captureTab(1, person.url)).toMatchObject({ ok: true });
    expect(log).toEqual([['content/capture.js'], 'call', ['content/lib-microformats.js', 'content/lib-phones.js'], 'call']);
  });

  it('says clearly when the page still lacks a library after it was injected', async () => {
    page([{ needs: ['phones'] }, { needs: ['phones'] }]);
    await expect(captureTab(1, person.url)).rejects.toThrow('Could not read the page: the page still lacks phones');
  });
});
