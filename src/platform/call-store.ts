// Where the call in progress lives: extension storage, so it outlives the popup and a stopped service worker.
import type { CallSession } from '../domain/call-session';
import type { ProspectDraft } from '../domain/prospect';
import { browser } from './browser';

const KEY = 'activeCall';

export async function readCallSession(): Promise<CallSession | null> {
  const got = (await browser.storage.local.get(KEY)) as { [KEY]?: CallSession };
  return got[KEY] ?? null;
}

export async function writeCallSession(session: CallSession | null): Promise<void> {
  if (session) await browser.storage.local.set({ [KEY]: session });
  else await browser.storage.local.remove(KEY);
}

export function onCallSessionChange(listener: (session: CallSession | null) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener((changes[KEY]!.newValue as CallSession | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

const DRAFT_KEY = 'pendingDraft';

/** A capture handed to review from outside the popup: one person, several to pick from (a team page), or why none. */
export type PendingReview = ProspectDraft | { people: ProspectDraft[] } | { error: string };

/** A capture waiting for review in the side panel or popup ("Capture selection", the in-page button). Session storage: gone on restart. */
export async function takePendingDraft(): Promise<PendingReview | null> {
  const got = (await browser.storage.session.get(DRAFT_KEY)) as Record<string, PendingReview | undefined>;
  const draft = got[DRAFT_KEY] ?? null;
  if (draft) await browser.storage.session.remove(DRAFT_KEY);
  return draft;
}

export async function putPendingDraft(draft: PendingReview): Promise<void> {
  await browser.storage.session.set({ [DRAFT_KEY]: draft });
}
