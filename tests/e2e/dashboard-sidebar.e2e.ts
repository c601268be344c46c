// The dashboard's sidebar column is painted down to the bottom of a long page, in light and dark: a full-page
// screenshot (what a rep shares, or prints) shows no sidebar that stops partway down. Checked on the pixels of a
// real full-page screenshot of Chromium, decoded in a blank page's canvas.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startSegue, type Segue } from './segue';

let segue: Segue;
let blank: Page;

beforeAll(async () => {
  segue = await startSegue();
  blank = await segue.context.newPage();
});

afterAll(async () => {
  await segue?.close();
});

/** The colour of the screenshot's pixel at (x, y), as "r,g,b". */
async function pixels(png: Buffer, points: Array<[number, number | 'bottom']>): Promise<string[]> {
  return blank.evaluate(async ({ data, points }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return points.map(([x, y]) => [...context.getImageData(x, y === 'bottom' ? image.height - 3 : y, 1, 1).data].slice(0, 3).join(','));
  }, { data: png.toString('base64'), points });
}

describe('the dashboard sidebar on a long page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reaches the bottom of a full-page screenshot (${scheme})`, async () => {
      const page = await segue.openPage('src/ui/options/index.html#/settings');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 600 });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeGreaterThan(1200);
      await page.waitForTimeout(300);
      const png = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `dashboard-sidebar-${scheme}.png`) });
      // x = 4: inside the sidebar's padding, left of any text; x = 600: the page's own background.
      const [sidebarTop, sidebarBottom, contentBottom] = await pixels(png, [[4, 4], [4, 'bottom'], [600, 'bottom']]);
      expect(sidebarBottom).toBe(sidebarTop);
      expect(contentBottom).not.toBe(sidebarTop);
      await page.close();
    });
  }
});
