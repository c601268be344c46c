// Popup home: the current tab's card comes first and paints at once; the Dexie-backed parts (the prospect known
// from this page, follow-ups due, search and recent prospects) load right after.
import type { Prospect } from '../../domain/prospect';
import { t } from '../shared/i18n';
import { lazyComponent } from '../shared/lazy';
import type { TargetTab } from './app';

const KnownProspect = lazyComponent(() => import('./home-lists').then((m) => m.KnownProspect));
const HomeLists = lazyComponent(() => import('./home-lists').then((m) => m.HomeLists));

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function HomeView(props: {
  tab: TargetTab | null | undefined;
  busy: boolean;
  error: string | null;
  notice?: string | undefined;
  onCapture: () => void;
  onOpen: (p: Prospect) => void;
  onLogCall: () => void;
}) {
  return (
    <>
      {props.notice && <p class="alert ok" role="status">{props.notice}</p>}
      <section class="card tab-card stack" aria-labelledby="tab-heading">
        <h3 id="tab-heading">{t('thisPage')}</h3>
        {props.tab ? (
          <div class="stack">
            <p class="truncate" title={props.tab.title}><strong>{props.tab.title || hostOf(props.tab.url)}</strong></p>
            <p class="muted host truncate">{hostOf(props.tab.url)}</p>
          </div>
        ) : props.tab === null ? (
          <p class="muted">{t('noTab')}</p>
        ) : (
          <div class="stack" aria-hidden="true"><p class="skeleton-line" /><p class="skeleton-line short" /></div>
        )}
        {props.tab?.url && <KnownProspect tab={props.tab} onOpen={props.onOpen} />}
        <button
          type="button"
          class="btn primary block"
          onClick={props.onCapture}
          disabled={!props.tab || props.busy}
          data-testid="capture"
          ref={(el) => { if (el && props.tab && !props.busy && document.activeElement === document.body) el.focus(); }}
          aria-keyshortcuts="Enter"
        >
          {props.busy ? <><span class="spinner" aria-hidden="true" /> {t('capturing')}</> : t('capture')}
        </button>
        {props.error && <p class="alert error" role="alert" data-testid="capture-error">{props.error}</p>}
        <button type="button" class="btn block" onClick={props.onLogCall} data-testid="home-log-call">{t('logCall')}</button>
      </section>
      <HomeLists onOpen={props.onOpen} />
    </>
  );
}
