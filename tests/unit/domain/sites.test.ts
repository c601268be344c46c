// One list of the sites Segue knows (src/domain/sites.ts): every part that depends on a site's hosts agrees with it.
import { describe, expect, it } from 'vitest';
import { KNOWN_SITES, optionalHostPermissions, permissionSites } from '../../../src/domain/sites';
import { TEAM_SERVER_PERMISSIONS } from '../../../src/domain/team/connection';
import { detectSite } from '../../../src/domain/site';
import { PAGE_BUTTON_SITES } from '../../../src/background/page-buttons';
import { isComposeSite } from '../../../src/background/compose';
import { SITES as DASHBOARD_SITES } from '../../../src/ui/options/settings/site-permissions';
import { emailAdapters } from '../../../src/adapters/registry';
import { allowedBy } from '../../../src/content/page-button-rules';
import { manifestFor as extensionManifest } from '../../../src/tools/manifests';

const OUTLOOK_NEW = 'https://outlook.cloud.microsoft/mail/inbox/id/AAQkAGI2TG93AAA%3D';

describe('the one table of known sites', () => {
  it('detectSite recognizes every host of the table as its site, and look-alikes as the web', () => {
    for (const site of KNOWN_SITES) {
      for (const host of site.hosts) expect(detectSite(`https://${host}/`), host).toBe(site.key);
      expect(detectSite(`https://${site.hosts[0]}.evil.example/`)).toBe('web');
    }
  });

  it('the manifest asks for exactly the table\'s optional host permissions, in Chrome and Firefox builds', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = extensionManifest(browser) as { optional_host_permissions?: string[]; host_permissions?: unknown; content_scripts?: unknown };
      // Plus the team server, asked for one origin at a time when the rep joins a team.
      expect(manifest.optional_host_permissions).toEqual([...optionalHostPermissions(), ...TEAM_SERVER_PERMISSIONS]);
      // No standing access anywhere: no required host permissions, no manifest content scripts.
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
    }
  });

  it('the in-page button and the dashboard\'s site switches cover exactly the permission sites', () => {
    expect(PAGE_BUTTON_SITES.flatMap((s) => s.origins)).toEqual(optionalHostPermissions());
    expect(DASHBOARD_SITES.map((s) => [s.key, [...s.origins]])).toEqual(permissionSites().map((s) => [s.key, [...s.permissionOrigins]]));
  });

  it('every mail host gets compose insert, a permission and the page button (outlook.cloud.microsoft too)', () => {
    for (const site of KNOWN_SITES.filter((s) => s.identity === 'message')) {
      for (const host of site.hosts) {
        const url = `https://${host}/mail/inbox`;
        expect(isComposeSite(url), host).toBe(true);
        expect(allowedBy(url, optionalHostPermissions()), host).toBe(true);
        expect(emailAdapters.some((a) => a.site === site.key && a.detect(new URL(url))), host).toBe(true);
      }
    }
    expect(isComposeSite(OUTLOOK_NEW)).toBe(true);
    expect(isComposeSite('https://www.linkedin.com/in/ada/')).toBe(false);
    expect(isComposeSite('https://outlook.cloud.microsoft.evil.example/mail/')).toBe(false);
  });
});
