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

export async function launch(options: { extension?: boolean; headless?: boolean; userDataDir?: string; extraArgs?: string[]; testBuild?: boolean } = {}): Promise<Launched> {
  const withExtension = options.extension ?? true;
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
  }
  return {
    context, worker, extensionId, userDataDir,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
