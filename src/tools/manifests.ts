// The manifest each build ships, derived from manifest.json (Chrome's): the version from package.json (one version
// for both stores), the optional host permissions from the table of known sites (src/domain/sites.ts), and
// Firefox's differences. Used by vite.config.ts and the packaging script.
import chromeSource from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { optionalHostPermissions } from '../domain/sites.ts';
import { TEAM_SERVER_PERMISSIONS } from '../domain/team/connection.ts';

export type Browser = 'chrome' | 'firefox';

export interface ManifestOptions {
  version?: string;
  /** A test build (SEGUE_TEST_BUILD=1): the real service worker plus the e2e tests' handle on its handlers. */
  testBuild?: boolean;
  /**
   * A build for the Chrome Web Store (SEGUE_STORE_BUILD=1, set by the packaging script): without `key`, which the
   * store refuses; it signs the extension with its own key, so the store listing has the id the store gives it.
   */
  store?: boolean;
}

export const GECKO_ID = 'segue@segue.invalid';

/** The service worker of a test build: the real one plus the e2e tests' handle on its handlers. */
export const TEST_SERVICE_WORKER = 'tests/support/background-test-entry.ts';

export { TEAM_SYNC_OFFSCREEN_PAGE } from '../domain/team/sync-schedule.ts';

/** The HTML page Firefox shows in its sidebar (Chrome's side panel page). */
export const SIDEBAR_PAGE = chromeSource.side_panel.default_path;

export function chromeManifest(options: ManifestOptions = {}) {
  const { key, ...source } = chromeSource;
  return {
    ...source,
    ...(options.store ? {} : { key }),
    version: options.version ?? pkg.version,
    ...(options.testBuild ? { background: { ...chromeSource.background, service_worker: TEST_SERVICE_WORKER } } : {}),
    // Known sites, plus any one team server the rep joins (requested for that origin alone, at run time).
    optional_host_permissions: [...optionalHostPermissions(), ...TEAM_SERVER_PERMISSIONS],
  };
}

/**
 * Firefox reads the same extension with a few manifest differences (and without Chrome's key and managed schema): an event page (background.scripts) instead
 * of a service worker, a sidebar instead of Chrome's side panel, a gecko id, and the data-collection declaration
 * Mozilla requires of new add-ons (Segue sends nothing anywhere: "none").
 */
export function firefoxManifest(options: ManifestOptions = {}) {
  // Firefox has no use for Chrome's `key` (its id is the gecko id) and reads managed storage from a native
  // manifest the administrator installs, not from a schema in the extension (see the README).
  const { side_panel: sidePanel, background, permissions, minimum_chrome_version: _min, key: _key, storage: _storage, ...rest } = chromeManifest(options);
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    // Firefox has neither Chrome's side panel nor offscreen documents (its event page runs team sync itself).
    permissions: permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen'),
    sidebar_action: { default_panel: sidePanel.default_path, default_title: 'Segue', default_icon: 'icons/icon-32.png' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

export function manifestFor(browser: Browser, options: ManifestOptions = {}) {
  return browser === 'firefox' ? firefoxManifest(options) : chromeManifest(options);
}
