// Figures measured in real headless Chromium: popup first content, and page load with and without Segue.
import type { Page } from 'playwright-core';
import { launch } from '../../e2e/chromium';
import { startFixtureServer } from '../../e2e/fixture-server';
import { figure, type Figure, type Suite } from '../harness';
import { samplePairs } from '../support/timing';
import { firstContentfulPaint } from '../support/paint';
import { writeStaticFloor } from '../support/static-floor';

const LIMITS = { min: Number(process.env.BENCH_RUNS ?? 11), max: 61 };


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
    const { a: popup, b: floor } = await samplePairs(
      () => measure(popupUrl, (page) => page.getByTestId('capture').waitFor()),
      () => measure(`${base}/${floorFile}`, async () => undefined), LIMITS);
    return figure('popup.first-content', popup, 'ms', { name: 'static HTML popup, no script', value: floor }, `first contentful paint, alternating`);
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
    // Alternating which browser goes first, so neither always loads right after the other.
    const samples = await samplePairs(() => loadTime(a), () => loadTime(b), { min: LIMITS.min * 4, max: 201, warmup: 5 });
    return figure('page-load.with-segue', samples.a, 'ms', { name: 'same page, browser without Segue', value: samples.b }, `loopback HTTP, alternating`);
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
