// The dashboard's first content in real headless Chromium, against a static copy of the same page with no script.
import type { Page } from 'playwright-core';
import { DIST, launch } from '../../e2e/chromium';
import { figure, median, type Figure, type Suite } from '../harness';
import { initialJs } from '../support/initial-js';
import { firstContentfulPaint } from '../support/paint';
import { writeStaticFloor } from '../support/static-floor';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PAGE = 'src/ui/options/index.html';

async function dashboardFirstContent(): Promise<Figure> {
  const browser = await launch();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const dashboardUrl = `${base}/${PAGE}#/prospects`;
    const ready = (page: Page) => page.locator('main h1').first().waitFor();
    // Warm up once, and keep the rendered markup (the prospects page, as shown) for the static floor.
    const warm = await browser.context.newPage();
    await warm.setViewportSize({ width: 1280, height: 800 });
    await warm.goto(dashboardUrl);
    await ready(warm);
    await warm.waitForTimeout(300);
    const floorFile = writeStaticFloor(await warm.evaluate(() => document.documentElement.outerHTML), 'bench-dashboard-floor.html');
    await warm.close();

    const measure = async (url: string, wait: (page: Page) => Promise<void>) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      await wait(page);
      const fcp = await firstContentfulPaint(page);
      await page.close();
      return fcp;
    };
    const dashboard: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await measure(`${base}/${floorFile}`, async () => undefined));
      dashboard.push(await measure(dashboardUrl, ready));
    }
    const kB = (initialJs(DIST, PAGE).gzipBytes / 1000).toFixed(1);
    return figure('dashboard.first-content', median(dashboard), 'ms', { name: 'static HTML dashboard, no script', value: median(floor) },
      `median of ${RUNS}; ${kB} kB gzip JS up front`);
  } finally {
    await browser.close();
  }
}

export const dashboardSuite: Suite = {
  figures: ['dashboard.first-content'],
  run: async (wanted) => (wanted('dashboard.first-content') ? [await dashboardFirstContent()] : []),
};
