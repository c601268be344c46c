// Opens the benchmark's extension page (see tests/bench/browser/bench-page.ts) and calls its functions.
import type { Page } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { buildBenchBundle } from './bench-bundle';


export interface BenchPage {
  page: Page;
  call: <T>(fn: string, ...args: unknown[]) => Promise<T>;
}

export async function openBenchPage(context: BrowserContext, extensionId: string): Promise<BenchPage> {
  const path = await buildBenchBundle();
  const page = await context.newPage();
  if (process.env.BENCH_VERBOSE) page.on('console', (m) => console.error(`[bench page] ${m.text()}`));
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.waitForFunction(() => 'segueBench' in globalThis);
  return {
    page,
    call: <T,>(fn: string, ...args: unknown[]) =>
      page.evaluate(([name, list]) => (globalThis as unknown as { segueBench: Record<string, (...a: unknown[]) => unknown> }).segueBench[name as string]!(...(list as unknown[])), [fn, args] as const) as Promise<T>,
  };
}
