// Where the call in progress lives: extension storage, so it outlives the popup and a stopped service worker.
import type { CallSession } from '../domain/call-session';
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

/** A capture waiting for review in the side panel (from "Capture selection"). Session storage: gone on restart. */
export async function takePendingDraft<T>(): Promise<T | null> {
  const got = (await browser.storage.session.get(DRAFT_KEY)) as Record<string, T | undefined>;
  const draft = got[DRAFT_KEY] ?? null;
  if (draft) await browser.storage.session.remove(DRAFT_KEY);
  return draft;
}

export async function putPendingDraft<T>(draft: T): Promise<void> {
  await browser.storage.session.set({ [DRAFT_KEY]: draft });
}
