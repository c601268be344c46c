import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import source from '../../../manifest.json' with { type: 'json' };
import { chromeManifest, firefoxManifest, GECKO_ID } from '../../../src/tools/manifests';

describe('the manifests for Chrome and Firefox', () => {
  it('take the version from package.json only', () => {
    expect('version' in source).toBe(false);
    expect(chromeManifest().version).toBe(pkg.version);
    expect(firefoxManifest().version).toBe(pkg.version);
  });

  it('declare to Firefox that Segue collects no data, with a gecko id and a version that supports the key', () => {
    const gecko = firefoxManifest().browser_specific_settings.gecko;
    expect(gecko).toMatchObject({ id: GECKO_ID, data_collection_permissions: { required: ['none'] } });
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(142);
  });

  it('give Firefox an event page and a sidebar in place of the service worker and the side panel', () => {
    const firefox = firefoxManifest();
    expect(firefox.background).toEqual({ scripts: [source.background.service_worker], type: 'module' });
    expect(firefox.sidebar_action.default_panel).toBe(source.side_panel.default_path);
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.permissions).not.toContain('sidePanel');
    // Firefox has no offscreen documents: its event page runs team sync itself.
    expect(source.permissions).toContain('offscreen');
    expect(firefox.permissions).toEqual(source.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen'));
    expect(firefox.optional_host_permissions).toEqual(chromeManifest().optional_host_permissions);
  });
});
