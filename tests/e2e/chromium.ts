// Launches a real Chromium or Chrome (found by src/tools/chromium.ts) with the built extension loaded.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { browserEnv, chromiumArgs, requireChromium } from '../../src/tools/chromium';

export { browserEnv, chromiumArgs, findChromium, NO_CHROMIUM_MESSAGE, requireChromium } from '../../src/tools/chromium';

/** The built extension; SEGUE_DIST points elsewhere (parallel builds, a Firefox build). */
export const DIST = resolve(import.meta.dirname, '../..', process.env.SEGUE_DIST ?? 'dist');

/**
 * The test build (SEGUE_TEST_BUILD=1 vite build): dist plus tests/support/background-test-entry.ts, for the few
 * tests that must call a handler Chromium cannot trigger (the keyboard shortcut, a context menu item).
 */
export const TEST_DIST = resolve(import.meta.dirname, '../..', process.env.SEGUE_TEST_DIST ?? 'dist-test');

export interface Launched {
  context: BrowserContext;
  worker: Worker | null;
  extensionId: string | null;
  userDataDir: string;
  close: () => Promise<void>;
}

/**
 * A fresh install opens Segue's first-run setup in a tab (src/background/install.ts). Suites that don't test it close
 * it, so it never competes with the tab under test; it opens right after install, so waiting for it is short.
 */
async function closeFirstRunSetup(context: BrowserContext, extensionId: string): Promise<void> {
  const isSetup = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`) && url.endsWith('#/welcome');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => isSetup(p.url()));
    if (page) return void (await page.close());
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The first-run setup tab did not open after install.');
}

function closeFirstRunSetupWhenItOpens(context: BrowserContext, extensionId: string): void {
  context.on('page', (page) => {
    void page.waitForLoadState('domcontentloaded').then(async () => {
      if (page.url().startsWith(`chrome-extension://${extensionId}/`) && page.url().endsWith('#/welcome')) await page.close();
    }).catch(() => undefined);
  });
}

export async function launch(options: { extension?: boolean; headless?: boolean; userDataDir?: string; extraArgs?: string[]; testBuild?: boolean; keepFirstRunSetup?: boolean } = {}): Promise<Launched> {
  const withExtension = options.extension ?? true;
  // A profile Chromium has used before already has Segue installed: no first-run tab opens.
  const freshProfile = !options.userDataDir || !existsSync(join(options.userDataDir, 'Default'));
  const dist = options.testBuild ? TEST_DIST : DIST;
  if (withExtension && !existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}. Run \`${options.testBuild ? 'SEGUE_TEST_BUILD=1 npx vite build' : 'npm run build'}\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'segue-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: options.headless ?? true,
    executablePath: requireChromium(),
    args: [...chromiumArgs(withExtension ? dist : null), ...(options.extraArgs ?? [])],
    viewport: { width: 1280, height: 860 },
    env: browserEnv(),
  });
  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
    if (freshProfile && !options.keepFirstRunSetup) await closeFirstRunSetup(context, extensionId);
    // Chromium reinstalls a command-line-loaded extension at every start; Segue opens its setup once per set of data,
    // but should a relaunched profile get the tab again, it is closed whenever it comes, never taking the front.
    else if (!options.keepFirstRunSetup) closeFirstRunSetupWhenItOpens(context, extensionId);
  }
  return {
    context, worker, extensionId, userDataDir,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
