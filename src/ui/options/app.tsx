// The dashboard: a left nav and one page per section, chosen by the URL hash.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { lazy, Suspense } from 'preact/compat';
import { navKey, routeHref, sectionOf, SECTIONS, useRoute, type Route } from './router';
import { repos } from './shared/repos';
import { RematchProgressView } from './shared/rematch-progress';
import { ToastProvider } from './shared/toast';
import { useLiveQuery } from '../shared/use-live-query';
import { cappedLabel, COUNT_READ } from '../shared/capped-count';
import { readTeamConnection } from '../../platform/team/team-store';
import { resumeTeamSync } from '../shared/team-runner';

// Each page is its own chunk, loaded when first shown: the dashboard parses only the page on screen.
const ProspectsPage = lazy(() => import('./prospects/prospects-page').then((m) => ({ default: m.ProspectsPage })));
const ProspectDetail = lazy(() => import('./prospects/prospect-detail').then((m) => ({ default: m.ProspectDetail })));
const CompaniesPage = lazy(() => import('./companies/companies-page').then((m) => ({ default: m.CompaniesPage })));
const CompanyView = lazy(() => import('./companies/company-view').then((m) => ({ default: m.CompanyView })));
const SegmentsPage = lazy(() => import('./segments/segments-page').then((m) => ({ default: m.SegmentsPage })));
const SegmentEditorPage = lazy(() => import('./segments/segment-editor-page').then((m) => ({ default: m.SegmentEditorPage })));
const CallsPage = lazy(() => import('./calls/calls-page').then((m) => ({ default: m.CallsPage })));
const FollowUpsPage = lazy(() => import('./follow-ups/follow-ups-page').then((m) => ({ default: m.FollowUpsPage })));
const InsightsPage = lazy(() => import('./insights/insights-page').then((m) => ({ default: m.InsightsPage })));
const DataPage = lazy(() => import('./data/data-page').then((m) => ({ default: m.DataPage })));
const WelcomePage = lazy(() => import('./onboarding/welcome-page').then((m) => ({ default: m.WelcomePage })));
const SettingsPage = lazy(() => import('./settings/settings-page').then((m) => ({ default: m.SettingsPage })));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'prospects': return <ProspectsPage />;
    case 'prospect': return <ProspectDetail id={route.id} />;
    case 'companies': return <CompaniesPage />;
    case 'company': return <CompanyView id={route.id} />;
    case 'segments': return <SegmentsPage />;
    case 'segment': return <SegmentEditorPage id={route.id} />;
    case 'calls': return <CallsPage />;
    case 'follow-ups': return <FollowUpsPage />;
    case 'insights': return <InsightsPage />;
    case 'data': return <DataPage />;
    case 'settings': return <SettingsPage />;
    case 'welcome': return <WelcomePage />;
  }
}

export function App() {
  const route = useRoute();
  const current = sectionOf(route);
  const main = useRef<HTMLElement>(null);
  const key = routeHref(route);
  const first = useRef(true);
  const due = useLiveQuery(() => repos.tasks().countDueToday(undefined, { upTo: COUNT_READ }), [], 0);

  // Team sync runs live while the dashboard is open, only when a team is configured (PouchDB loads on demand).
  useEffect(() => {
    void readTeamConnection().then((connection) => { if (connection) void resumeTeamSync(connection, repos.db()); });
  }, []);

  useEffect(() => {
    document.title = t('opt_documentTitle', t(navKey(current)));
    // Moving focus to the new page tells screen-reader users the page changed (not on first load).
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [key]);

  return (
    <ToastProvider>
      <a class="skip-link" href="#main">{t('opt_skipToContent')}</a>
      <div class="layout">
        <nav class="sidebar" aria-label={t('opt_navLabel')}>
          <div class="brand">
            <img src="/icons/icon-32.png" alt="" width={24} height={24} />
            <span>{t('opt_brand')}</span>
          </div>
          <ul class="nav-list">
            {SECTIONS.map((section) => (
              <li key={section}>
                <a
                  href={`#/${section}`}
                  class={`nav-link${section === current ? ' active' : ''}`}
                  aria-current={section === current ? 'page' : undefined}
                  data-testid={`nav-${section}`}
                >
                  <span>{t(navKey(section))}</span>
                  {section === 'follow-ups' && due > 0 && (
                    <>
                      <span class="badge warn nav-count" aria-hidden="true">{cappedLabel(due)}</span>
                      <span class="sr-only">{t('opt_dueCount', cappedLabel(due))}</span>
                    </>
                  )}
                </a>
              </li>
            ))}
          </ul>
          <p class="privacy-note muted">{t('opt_privacyNote')}</p>
        </nav>
        <main id="main" class="content" ref={main} tabIndex={-1}>
          <RematchProgressView />
          <Suspense fallback={<div class="lazy-placeholder" aria-busy="true" />}>
            <Page route={route} />
          </Suspense>
        </main>
      </div>
    </ToastProvider>
  );
}
