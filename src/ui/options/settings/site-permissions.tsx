// Optional site access (manifest optional_host_permissions): Segue asks for a site only when the rep turns it on.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../../platform/browser';
import { permissionSites } from '../../../domain/sites';
import { t } from '../../shared/i18n';
import { errorMessage } from '../shared/format';

/** The sites Segue may ask access to (in-page button, compose insert), from the table of known sites. */
export const SITES = permissionSites().map((site) => ({ key: site.key, label: site.label, origins: site.permissionOrigins }));

type SiteKey = (typeof SITES)[number]['key'];

export function SitePermissions() {
  const [granted, setGranted] = useState<Partial<Record<SiteKey, boolean>>>({});
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    const next: Partial<Record<SiteKey, boolean>> = {};
    for (const site of SITES) next[site.key] = await browser.permissions.contains({ origins: [...site.origins] }).catch(() => false);
    setGranted(next);
  };
  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded?.addListener(onChange);
    browser.permissions.onRemoved?.addListener(onChange);
    return () => {
      browser.permissions.onAdded?.removeListener(onChange);
      browser.permissions.onRemoved?.removeListener(onChange);
    };
  }, []);

  // permissions.request must run straight from the click (a user gesture): no await before it.
  const toggle = (site: (typeof SITES)[number], on: boolean) => {
    setError(null);
    const origins = [...site.origins];
    const request = on ? browser.permissions.request({ origins }) : browser.permissions.remove({ origins });
    void request.then(() => refresh(), (err: unknown) => setError(errorMessage(err)));
  };

  return (
    <section class="card stack" aria-labelledby="sites-heading" data-testid="site-permissions">
      <h2 id="sites-heading">{t('opt_siteAccess')}</h2>
      <p class="muted">{t('opt_siteAccessHint')}</p>
      <ul class="list">
        {SITES.map((site) => (
          <li key={site.key} class="row permission-row">
            <label class="switch grow">
              <input type="checkbox" role="switch" checked={Boolean(granted[site.key])} onChange={(e) => toggle(site, (e.currentTarget as HTMLInputElement).checked)} data-testid={`permission-${site.key}`} />
              <span>{t('opt_siteAllow', site.label)}</span>
            </label>
            <span class={`badge ${granted[site.key] ? 'ok' : ''}`}>{granted[site.key] ? t('opt_granted') : t('opt_notGranted')}</span>
          </li>
        ))}
      </ul>
      {error && <p class="alert error" role="alert">{error}</p>}
    </section>
  );
}
