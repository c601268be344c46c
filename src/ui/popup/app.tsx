// The toolbar popup (and, in a wider frame, the side panel): the current tab's card, capture → review → save,
// the prospect with segments, talking points and messages, and the call in progress.
import type { MergeCandidate, MergeDecision } from '../../db/prospects-repo';
import { useEffect, useState } from 'preact/hooks';
import type { ExtractionResult } from '../../domain/extraction';
import type { Prospect, ProspectDraft } from '../../domain/prospect';
import type { Company, CompanyDraft } from '../../domain/companies/company';
import { send } from '../../messaging/client';
import { activeTab, browser } from '../../platform/browser';
import { isComposeUrl } from '../../domain/sites';
import { takePendingDraft, type PendingReview } from '../../platform/call-store';
import { t } from '../shared/i18n';
import { useCallSession } from '../shared/use-call-session';
import { lazyComponent } from '../shared/lazy';
import { HomeView } from './home-view';
import { SidePanelButton } from './side-panel-button';

// Views past the first card load on first use: the popup paints before it parses Dexie or the matcher.
const CallView = lazyComponent(() => import('./call-view').then((m) => m.CallView));
const PickPersonView = lazyComponent(() => import('./pick-person-view').then((m) => m.PickPersonView));
const ProspectView = lazyComponent(() => import('./prospect-view').then((m) => m.ProspectView));
const ReviewView = lazyComponent(() => import('./review-view').then((m) => m.ReviewView));
const CompanyReviewView = lazyComponent(() => import('./company-review-view').then((m) => m.CompanyReviewView));
const CompanySavedView = lazyComponent(() => import('./company-review-view').then((m) => m.CompanySavedView));

export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

type View =
  | { name: 'home'; notice?: string }
  | { name: 'pick'; result: Extract<ExtractionResult, { ok: true }> }
  | { name: 'review'; draft: ProspectDraft; match?: MergeCandidate }
  | { name: 'prospect'; id: string; notice?: string }
  | { name: 'company-review'; draft: CompanyDraft }
  | { name: 'company-saved'; company: Company; merged: boolean };

/** The popup can be opened for a given tab (?tabId=) — tests use that — or for the active tab. */
async function resolveTargetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url ?? '', title: tab.title ?? '' } : null;
  }
  return activeTab();
}

export function App(props: { panel?: boolean }) {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [view, setView] = useState<View>({ name: 'home' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { session, loaded } = useCallSession();
  const [callHidden, setCallHidden] = useState(false);
  /** The company of the team page captured last: saving one of its people saves (or updates) it too. */
  const [pageCompany, setPageCompany] = useState<CompanyDraft | null>(null);

  const showPending = (pending: PendingReview | null) => {
    if (!pending) return;
    if ('error' in pending) setError(pending.error);
    else if ('people' in pending) setView({ name: 'pick', result: { ok: true, url: pending.people[0]?.source.url ?? '', people: pending.people, reports: [] } });
    else setView({ name: 'review', draft: pending });
  };

  useEffect(() => {
    void resolveTargetTab().then(setTab);
    void takePendingDraft().then(showPending);
    if (!props.panel) return;
    // The side panel outlives tab switches: follow the active tab, and pick up selections captured meanwhile.
    const refresh = () => void resolveTargetTab().then(setTab);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && 'pendingDraft' in changes) {
        void takePendingDraft().then(showPending);
      }
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);

  // Keyboard first: "/" jumps to search, Escape goes back (or hides the call), Enter on the focused Capture button.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key === '/' && !typing) {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (search) { e.preventDefault(); search.focus(); }
      } else if (e.key === 'Escape' && !typing) {
        if (session && !callHidden) setCallHidden(true);
        else { setError(null); setView({ name: 'home' }); }
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [session, callHidden]);

  const capture = async () => {
    if (!tab) return;
    setBusy(true);
    setError(null);
    // The review's code loads while the page is read, not after.
    void ReviewView.preload().catch(() => undefined);
    try {
      const result = await send('capture.extract', { tabId: tab.id });
      setPageCompany(result.ok ? result.company ?? null : null);
      // A company page has no person: offer to save the company instead.
      if (!result.ok && result.company) setView({ name: 'company-review', draft: result.company });
      else if (!result.ok) setError(result.error);
      else if (result.people.length === 1) setView({ name: 'review', draft: result.people[0]! });
      else setView({ name: 'pick', result });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const save = async (draft: ProspectDraft, decision?: MergeDecision) => {
    setBusy(true);
    setError(null);
    try {
      if (pageCompany) {
        await send('companies.save', { draft: pageCompany });
        setPageCompany(null);
      }
      const saved = await send('prospects.save', { draft, ...(decision ? { decision } : {}) });
      // Same name and company only: ask the rep before merging (the review keeps what they typed).
      if ('confirm' in saved) return setView({ name: 'review', draft, match: saved.confirm });
      const changed = saved.changes.length;
      const notice = !saved.merged ? t('savedNew')
        : changed === 0 ? t('savedUnchanged') : changed === 1 ? t('savedMergedOne') : t('savedMerged', changed);
      setView({ name: 'prospect', id: saved.prospect.id, notice });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const saveCompany = async (draft: CompanyDraft) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await send('companies.save', { draft });
      setView({ name: 'company-saved', company: saved.company, merged: saved.merged });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const logCall = async (prospectId?: string, context: { segmentId?: string; templateId?: string } = {}) => {
    setError(null);
    try {
      await send('call.start', prospectId ? { prospectId, ...context } : {});
      setCallHidden(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const openProspect = (p: Prospect) => setView({ name: 'prospect', id: p.id });
  const home = () => { setError(null); setView({ name: 'home' }); };
  const composeTabId = tab && isComposeUrl(tab.url) ? tab.id : null;
  const showCall = session && !callHidden && view.name !== 'review' && view.name !== 'pick' && view.name !== 'company-review';

  return (
    <>
      <header class="popup-header">
        <img class="logo" src="/icons/icon-32.png" alt="" />
        <span class="brand">Segue</span>
        <span class="grow" />
        {session && callHidden && (
          <button type="button" class="btn small call-pill" onClick={() => setCallHidden(false)}>{t('backToCall')}</button>
        )}
        {showCall && (
          <button type="button" class="btn ghost small" onClick={() => setCallHidden(true)}>{t('hideCall')}</button>
        )}
        {!showCall && view.name !== 'home' && (
          <button type="button" class="btn ghost small" onClick={home}>{t('back')}</button>
        )}
        {!props.panel && <SidePanelButton tabId={tab?.id ?? null} onError={setError} />}
        <a class="btn ghost small" href="/src/ui/options/index.html" target="_blank" rel="noreferrer" aria-label={t('openDashboard')} title={t('openDashboard')}>
          <span aria-hidden="true">⚙</span>
        </a>
      </header>
      <main class="popup-body" aria-live="polite">
        {!loaded ? null : showCall ? (
          <CallView
            session={session}
            onDone={(prospectId, notice) => setView(prospectId ? { name: 'prospect', id: prospectId, notice } : { name: 'home', notice })}
          />
        ) : (
          <>
            {view.name === 'home' && (
              <HomeView tab={tab} busy={busy} error={error} notice={view.notice} onCapture={capture} onOpen={openProspect} onLogCall={() => void logCall()} />
            )}
            {view.name === 'pick' && (
              <PickPersonView result={view.result} onPick={(draft) => setView({ name: 'review', draft })} onCancel={home} />
            )}
            {view.name === 'review' && (
              <ReviewView key={`${view.draft.source.url} ${view.draft.source.capturedAt}`} draft={view.draft} match={view.match} saving={busy} error={error} onSave={save} onCancel={home} />
            )}
            {view.name === 'company-review' && (
              <CompanyReviewView key={`${view.draft.source.url} ${view.draft.source.capturedAt}`} draft={view.draft} saving={busy} error={error} onSave={(d) => void saveCompany(d)} onCancel={home} />
            )}
            {view.name === 'company-saved' && <CompanySavedView company={view.company} merged={view.merged} onDone={home} />}
            {view.name === 'prospect' && (
              <ProspectView id={view.id} notice={view.notice} composeTabId={composeTabId} onLogCall={(id, context) => void logCall(id, context)} />
            )}
          </>
        )}
      </main>
    </>
  );
}
