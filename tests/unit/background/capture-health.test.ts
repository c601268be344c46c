import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureTab } from '../../../src/background/capture';
import { capturePage } from '../../../src/adapters/capture-page';
import { browser } from '../../../src/platform/browser';
import { readSiteHealth } from '../../../src/platform/site-health-store';

const URL_X = 'https://twitter.com/JonasVdBerg';

beforeEach(async () => {
  vi.restoreAllMocks();
  await browser.storage.local.remove('siteHealth');
});

describe('captureTab keeps the adapter-health log', () => {
  it('records which X selectors matched, without the page address or anything the page said', async () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/x/twitter-dom-only.html'), 'utf8');
    const result = capturePage(new DOMParser().parseFromString(html, 'text/html'), new URL(URL_X));
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => (details.files ? [] : [{ frameId: 0, result }])) as never);
    await captureTab(4, URL_X);
    const log = await readSiteHealth();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ site: 'x', layer: 'x', found: true, selectors: { userName: '[data-testid="UserName"]', schema: null } });
    expect(JSON.stringify(log)).not.toMatch(/Jonas|JonasVdBerg|fabrikam/i);
  });
});
