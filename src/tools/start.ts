// `npm start`: builds Segue and opens Chromium/Chrome with it loaded in a fresh profile, on a demo profile page.
// Demo pages are answered from local files at their real-looking URLs, so nothing reaches the network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, NO_CHROMIUM_MESSAGE } from './chromium';
import { serveDemoPages } from './demo-server';
import { DEMO_PAGES } from './demo-sites';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const LOAD_BY_HAND = `
To load Segue by hand in Chrome, Edge or Chromium:
  1. Open chrome://extensions and switch on "Developer mode" (top right).
  2. Click "Load unpacked" and choose the folder ${dist}
  3. Pin Segue from the puzzle-piece menu, open a profile page and click the Segue icon.
`;

function build(): void {
  console.log('Building Segue…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(result.status ?? 1);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM_MESSAGE);
    console.error(LOAD_BY_HAND);
    process.exit(1);
  }
  const headless = process.env.SEGUE_HEADLESS === '1';
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found (DISPLAY is not set). Run `xvfb-run npm start`, or SEGUE_HEADLESS=1 npm start to check it loads.');
    console.error(LOAD_BY_HAND);
    process.exit(1);
  }
  const profile = mkdtempSync(join(tmpdir(), 'segue-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless,
    executablePath,
    args: chromiumArgs(dist),
    viewport: null,
  });
  await serveDemoPages(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const first = context.pages()[0] ?? (await context.newPage());
  await first.goto(DEMO_PAGES[0]!.url);
  for (const page of DEMO_PAGES.slice(1)) await (await context.newPage()).goto(page.url);
  await first.bringToFront();

  console.log(`\nSegue is loaded (extension id ${extensionId}) in a fresh profile: ${profile}`);
  console.log('Demo pages (open in the browser; click the Segue toolbar icon, then Capture):');
  for (const page of DEMO_PAGES) console.log(`  ${page.url}  — ${page.label}`);
  console.log(`Dashboard: chrome-extension://${extensionId}/src/ui/options/index.html`);
  if (headless) {
    console.log('Headless check done.');
    await context.close();
    return;
  }
  console.log('\nClose the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

await main();
