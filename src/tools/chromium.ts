// Finds a real Chromium or Chrome on this machine and the flags to run it with an unpacked extension: used by
// `npm start` and by the end-to-end tests (tests/e2e/chromium.ts).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's chromium without its wrapper script: starts faster
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chrome/Chromium binary, then run the command again.';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(NO_CHROMIUM_MESSAGE);
  return path;
}

/** Flags that keep Chromium from dialling out on a closed network, plus what loading an unpacked extension needs. */
export function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps',
    '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--metrics-recording-only',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    '--enable-unsafe-extension-debugging',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/**
 * The browser's environment: the test runner's, less NODE_ENV. With NODE_ENV=test (Vitest sets it) Chromium
 * ignores Extensions.triggerAction — a real toolbar click from the tests — so the popup never opens.
 */
export function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'NODE_ENV') env[key] = value;
  return env;
}
