// Figures measured in real headless Chromium: popup first content, and page load with and without Segue.
import type { Page } from 'playwright-core';
import { launch } from '../../e2e/chromium';
import { startFixtureServer } from '../../e2e/fixture-server';
import { figure, median, type Figure, type Suite } from '../harness';
import { firstContentfulPaint } from '../support/paint';
import { writeStaticFloor } from '../support/static-floor';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);


async function popupFirstContent(): Promise<Figure> {
  const browser = await launch();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const popupUrl = `${base}/src/ui/popup/index.html`;
    // Warm up once, and keep the rendered markup for the static floor.
    const warm = await browser.context.newPage();
    await warm.setViewportSize({ width: 400, height: 600 });
    await warm.goto(popupUrl);
    await warm.getByTestId('capture').waitFor();
    await warm.waitForTimeout(300);
    const floorFile = writeStaticFloor(await warm.evaluate(() => document.documentElement.outerHTML), 'bench-floor.html');
    await warm.close();

    const measure = async (url: string, ready: (page: Page) => Promise<void>) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url);
      await ready(page);
      const fcp = await firstContentfulPaint(page);
      await page.close();
      return fcp;
    };
    const popup: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await measure(`${base}/${floorFile}`, async () => undefined));
      popup.push(await measure(popupUrl, (page) => page.getByTestId('capture').waitFor()));
    }
    return figure('popup.first-content', median(popup), 'ms', { name: 'static HTML popup, no script', value: median(floor) }, `median of ${RUNS}`);
  } finally {
    await browser.close();
  }
}

async function pageLoadWithSegue(): Promise<Figure> {
  // Served over loopback HTTP: Playwright's route() would put a round trip through this process in every load.
  const server = await startFixtureServer();
  const demoUrl = server.url('demo/speaker-profile.html');
  const withSegue = await launch({ extension: true });
  const without = await launch({ extension: false });
  try {
    const loadTime = async (page: Page) => {
      await page.goto(demoUrl, { waitUntil: 'load' });
      return page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return nav.loadEventEnd - nav.startTime;
      });
    };
    const a = await withSegue.context.newPage();
    const b = await without.context.newPage();
    for (let i = 0; i < 5; i++) { await loadTime(a); await loadTime(b); }
    const samplesWith: number[] = [];
    const samplesWithout: number[] = [];
    const runs = RUNS * 4;
    // Alternate which browser goes first, so neither always loads right after the other.
    for (let i = 0; i < runs; i++) {
      if (i % 2) { samplesWithout.push(await loadTime(b)); samplesWith.push(await loadTime(a)); }
      else { samplesWith.push(await loadTime(a)); samplesWithout.push(await loadTime(b)); }
    }
    return figure('page-load.with-segue', median(samplesWith), 'ms', { name: 'same page, browser without Segue', value: median(samplesWithout) }, `median of ${runs}, loopback HTTP`);
  } finally {
    await withSegue.close();
    await without.close();
    await server.close();
  }
}

export const browserSuite: Suite = {
  figures: ['popup.first-content', 'page-load.with-segue'],
  run: async (wanted) => {
    const out: Figure[] = [];
    if (wanted('popup.first-content')) out.push(await popupFirstContent());
    if (wanted('page-load.with-segue')) out.push(await pageLoadWithSegue());
    return out;
  },
};
