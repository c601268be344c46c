// The browser side of team sync while no Segue page is open: the alarm, the record of runs (storage.local), and
// where a run happens. Chrome: an MV3 service worker cannot import() on demand, so the run happens in an offscreen
// document (reason WORKERS: it runs the sync in a module worker) that the background opens on the alarm and closes
// when the run is reported. Firefox: the background is an event page, which can import() PouchDB itself.
import { browser } from '../browser';
import { INITIAL_SYNC_STATE, TEAM_SYNC_OFFSCREEN_PAGE, type BackgroundSyncRun, type BackgroundSyncState, type TeamSyncJob } from '../../domain/team/sync-schedule';

const STATE_KEY = 'teamSyncState';
const DOCUMENT_OPENED_KEY = 'teamSyncDocumentOpenedAt';
const CONNECTION_KEY = 'teamConnection';

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument(): Promise<boolean>;
}

const offscreen = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

/** Chrome: runs go to an offscreen document. Elsewhere (Firefox's event page) they run in the background itself. */
export const syncsOffscreen = (): boolean => offscreen() !== undefined;

/**
 * Opens the offscreen document unless one is open. One open longer than `staleAfterMs` (its run hung past every
 * timeout, or its report was lost) is closed and opened afresh. Answers whether a new document was opened.
 */
export async function openTeamSyncDocument(now: number, staleAfterMs: number): Promise<boolean> {
  const api = offscreen()!;
  if (await api.hasDocument()) {
    const openedAt = ((await browser.storage.local.get(DOCUMENT_OPENED_KEY))[DOCUMENT_OPENED_KEY] as number | undefined) ?? 0;
    if (now - openedAt < staleAfterMs) return false;
    await api.closeDocument().catch(() => undefined);
  }
  await browser.storage.local.set({ [DOCUMENT_OPENED_KEY]: now });
  await api.createDocument({
    url: TEAM_SYNC_OFFSCREEN_PAGE,
    reasons: ['WORKERS'],
    justification: 'Syncs the team database (PouchDB replication in a worker) while no Segue page is open.',
  });
  return true;
}

export async function closeTeamSyncDocument(): Promise<void> {
  const api = offscreen();
  if (api && (await api.hasDocument())) await api.closeDocument().catch(() => undefined);
}

/** Firefox: one run in the event page itself, PouchDB loaded on demand. */
export async function syncInBackgroundPage(job: TeamSyncJob): Promise<BackgroundSyncRun> {
  const [{ syncTeamOnce }, { database }] = await Promise.all([import('./background-sync'), import('../../db/default-database')]);
  return syncTeamOnce(job, database());
}

/** Creates the periodic alarm, or replaces one with another period. */
export async function ensurePeriodicAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}

export async function readSyncState(): Promise<BackgroundSyncState> {
  const got = (await browser.storage.local.get(STATE_KEY))[STATE_KEY] as BackgroundSyncState | undefined;
  return got ?? INITIAL_SYNC_STATE;
}

export async function writeSyncState(state: BackgroundSyncState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

export async function forgetSyncState(): Promise<void> {
  await browser.storage.local.remove([STATE_KEY, DOCUMENT_OPENED_KEY]);
}

/** Calls back with the new state whenever the background records a run; returns the unsubscribe. */
export function onSyncStateChanged(listener: (state: BackgroundSyncState) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STATE_KEY in changes) listener((changes[STATE_KEY]!.newValue as BackgroundSyncState | undefined) ?? INITIAL_SYNC_STATE);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/** Calls back when the rep joins or leaves a team (the stored connection changes). */
export function onTeamConnectionChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CONNECTION_KEY in changes) listener();
  });
}
