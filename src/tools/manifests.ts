// The manifest each browser gets, derived from manifest.json (Chrome's) with the version from package.json:
// one version, one list of permissions, for both stores.
import chromeSource from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'segue@segue.invalid';

/** The HTML page Firefox shows in its sidebar (Chrome's side panel page). */
export const SIDEBAR_PAGE = chromeSource.side_panel.default_path;

export function chromeManifest(version: string = pkg.version) {
  return { ...chromeSource, version };
}

/**
 * Firefox reads the same extension with a few manifest differences: an event page (background.scripts) instead
 * of a service worker, a sidebar instead of Chrome's side panel, a gecko id, and the data-collection declaration
 * Mozilla requires of new add-ons (Segue sends nothing anywhere: "none").
 */
export function firefoxManifest(version: string = pkg.version) {
  const { side_panel: sidePanel, background, permissions, minimum_chrome_version: _min, ...rest } = chromeManifest(version);
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    permissions: permissions.filter((p) => p !== 'sidePanel'),
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

export function manifestFor(browser: Browser) {
  return browser === 'firefox' ? firefoxManifest() : chromeManifest();
}
