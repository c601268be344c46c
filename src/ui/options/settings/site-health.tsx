// Settings → Site health: for each site adapter, which of its named selectors matched on recent captures, so a rep
// (or a maintainer they send the diagnostic to) sees the day LinkedIn, Gmail or X changed their markup.
import { useEffect, useState } from 'preact/hooks';
import { diagnosticText, summarizeHealth, type HealthEntry } from '../../../domain/site-health';
import { extensionVersion, readSiteHealth } from '../../../platform/site-health-store';
import { t } from '../../shared/i18n';
import { errorMessage, formatDateTime } from '../shared/format';
import { useToast } from '../shared/toast';

const LABELS: Record<string, string> = { linkedin: 'LinkedIn', github: 'GitHub', x: 'X', gmail: 'Gmail', outlook: 'Outlook', 'team-page': 'Team pages' };

export function SiteHealth() {
  const [log, setLog] = useState<HealthEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  useEffect(() => {
    readSiteHealth().then(setLog, (err: unknown) => setError(errorMessage(err)));
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(diagnosticText(log ?? [], { version: extensionVersion(), userAgent: navigator.userAgent }));
      notify({ message: t('opt_siteHealthCopied'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const sites = log ? summarizeHealth(log) : [];
  return (
    <section class="card stack" aria-labelledby="site-health-heading" data-testid="site-health">
      <div class="row">
        <h2 id="site-health-heading" class="grow">{t('opt_siteHealth')}</h2>
        <button type="button" class="btn" onClick={() => void copy()} disabled={!log} data-testid="site-health-copy">{t('opt_siteHealthCopy')}</button>
      </div>
      <p class="muted">{t('opt_siteHealthHint')}</p>
      {log === null && !error && <p class="muted" role="status">{t('loading')}</p>}
      {log && sites.length === 0 && <p class="muted">{t('opt_siteHealthEmpty')}</p>}
      {sites.map((site) => (
        <div key={`${site.site}-${site.layer}`} class="stack-sm" data-testid={`site-health-${site.layer}`}>
          <h3 class="row">
            <span class="grow">{LABELS[site.layer] ?? site.layer}</span>
            <span class={`badge ${site.failing.length ? 'warn' : 'ok'}`}>
              {site.failing.length ? t('opt_siteHealthChanged', String(site.failing.length)) : t('opt_siteHealthOk')}
            </span>
          </h3>
          <p class="muted">{t('opt_siteHealthCaptures', String(site.captures), formatDateTime(site.lastAt))}</p>
          <div class="table-wrap" tabIndex={0}><table class="data-table compact">
            <thead>
              <tr><th scope="col">{t('opt_siteHealthSelector')}</th><th scope="col">{t('opt_siteHealthLast')}</th><th scope="col">{t('opt_siteHealthCounts')}</th><th scope="col">{t('opt_siteHealthMatchedBy')}</th></tr>
            </thead>
            <tbody>
              {site.selectors.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td><span class={`badge ${s.lastOk ? 'ok' : s.matched ? 'warn' : ''}`}>{s.lastOk ? t('opt_siteHealthMatched') : t('opt_siteHealthMissed')}</span></td>
                  <td>{t('opt_siteHealthCountsValue', String(s.matched), String(s.matched + s.missed))}</td>
                  <td><code>{s.lastSelector ?? '—'}</code></td>
                </tr>
              ))}
            </tbody>
          </table></div>
        </div>
      ))}
      {error && <p class="alert error" role="alert">{error}</p>}
    </section>
  );
}
