// Where the call in progress lives: extension storage, so it outlives the popup and a stopped service worker.
import type { CallSession } from '../domain/call-session';
import type { ProspectDraft } from '../domain/prospect';
import { browser } from './browser';

// The session's timer, outcome, prospect and follow-up live under KEY, written only by the background, one change at a
// time. The typed text (notes, next step) lives under a key per field, written by the view as each keystroke is made:
// no message, no pause, nothing for a closing popup to lose, and no other change can overwrite it.
const KEY = 'activeCall';
export type CallTextField = 'notes' | 'nextStep';
const TEXT_KEYS: Record<CallTextField, string> = { notes: 'activeCall.notes', nextStep: 'activeCall.nextStep' };
const ALL_KEYS = [KEY, TEXT_KEYS.notes, TEXT_KEYS.nextStep];

/** One typed field of a call: the call it belongs to (text of an ended call is never shown in the next) and who wrote it. */
interface CallText {
  callId: string;
  text: string;
  /** The view that wrote it, so a view can tell its own echo from another view's typing. */
  by: string;
}

type Stored = { [key: string]: CallSession | CallText | undefined };

function merged(got: Stored): CallSession | null {
  const session = got[KEY] as CallSession | undefined;
  if (!session) return null;
  const out = { ...session };
  for (const field of Object.keys(TEXT_KEYS) as CallTextField[]) {
    const text = got[TEXT_KEYS[field]] as CallText | undefined;
    if (text?.callId === session.id) out[field] = text.text;
  }
  return out;
}

/** The call in progress, with the text typed so far. */
export async function readCallSession(): Promise<CallSession | null> {
  return merged((await browser.storage.local.get(ALL_KEYS)) as Stored);
}

/**
 * Writes the session (the background's part). Its notes and next step go to their own keys; null ends the call
 * and removes its text too.
 */
export async function writeCallSession(session: CallSession | null): Promise<void> {
  if (!session) {
    await browser.storage.local.remove(ALL_KEYS);
    return;
  }
  await browser.storage.local.set({ [KEY]: session });
}

/** Writes one typed field of the call `callId` (from a view, on every keystroke; or from the background). */
export async function writeCallText(callId: string, field: CallTextField, text: string, by: string): Promise<void> {
  const value: CallText = { callId, text, by };
  await browser.storage.local.set({ [TEXT_KEYS[field]]: value });
}

/** Removes the typed text of any call (a new call starts with none). */
export async function clearCallText(): Promise<void> {
  await browser.storage.local.remove([TEXT_KEYS.notes, TEXT_KEYS.nextStep]);
}

/** Every change to the call in progress, from any context. */
export function onCallSessionChange(listener: (session: CallSession | null) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && ALL_KEYS.some((key) => key in changes)) void readCallSession().then(listener, () => undefined);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Text typed into a field of the call `callId` by a view other than `self`. */
export function onCallTextChange(callId: string, self: string, listener: (field: CallTextField, text: string) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    for (const field of Object.keys(TEXT_KEYS) as CallTextField[]) {
      const value = changes[TEXT_KEYS[field]]?.newValue as CallText | undefined;
      if (value && value.callId === callId && value.by !== self) listener(field, value.text);
    }
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
