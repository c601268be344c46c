// The manifest each build ships: manifest.json, plus what is derived from one place — the optional host permissions
// from the table of known sites (src/domain/sites.ts) — and Firefox's differences. Used by vite.config.ts.
import manifest from '../../manifest.json' with { type: 'json' };
import { optionalHostPermissions } from '../domain/sites.ts';

export type BuildBrowser = 'chrome' | 'firefox';

/** The service worker of a test build (SEGUE_TEST_BUILD=1): the real one plus the e2e tests' handle on its handlers. */
export const TEST_SERVICE_WORKER = 'tests/support/background-test-entry.ts';

function chromeManifest(options: { testBuild?: boolean }): typeof manifest & { optional_host_permissions: string[] } {
  return {
    ...manifest,
    ...(options.testBuild ? { background: { ...manifest.background, service_worker: TEST_SERVICE_WORKER } } : {}),
    optional_host_permissions: optionalHostPermissions(),
  };
}

/**
 * Firefox reads the same extension with a few manifest differences: an event page (background.scripts) instead
 * of a service worker, a sidebar instead of Chrome's side panel, and a gecko id.
 */
function firefoxManifest(chrome: ReturnType<typeof chromeManifest>): Record<string, unknown> {
  const { side_panel: sidePanel, background, permissions, minimum_chrome_version: _min, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    sidebar_action: { default_panel: sidePanel.default_path, default_title: 'Segue', default_icon: 'icons/icon-32.png' },
    browser_specific_settings: { gecko: { id: 'segue@segue.invalid', strict_min_version: '128.0' } },
  };
}

export function extensionManifest(browser: BuildBrowser, options: { testBuild?: boolean } = {}): Record<string, unknown> {
  const chrome = chromeManifest(options);
  return browser === 'firefox' ? firefoxManifest(chrome) : chrome;
}
