// One map from message name to request and response types, shared by every context.
import type { ExtractionResult } from '../domain/extraction';
import type { Prospect, ProspectDraft } from '../domain/prospect';
import type { FieldChange } from '../domain/merge';

export interface Protocol {
  /** Inject the capture script into a tab (on demand) and return the people it found. */
  'capture.extract': { request: { tabId: number }; response: ExtractionResult };
  /** Save a reviewed draft: merges into a stored prospect when it is the same person. */
  'prospects.save': {
    request: { draft: ProspectDraft };
    response: { prospect: Prospect; merged: boolean; changes: FieldChange[] };
  };
  /** The prospect already known for a page URL, if any. */
  'prospects.forUrl': { request: { url: string }; response: { prospect: Prospect | null } };
  /** Health check: answers the service worker's start time so tests can tell a restarted worker. */
  'system.ping': { request: Record<string, never>; response: { startedAt: number } };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

export interface Envelope<K extends MessageName = MessageName> {
  segue: 1;
  name: K;
  request: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' && value !== null &&
    (value as { segue?: unknown }).segue === 1 &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

/** An error raised in another context, re-thrown here with its original name and message. */
export class RemoteError extends Error {
  constructor(public readonly remoteName: string, message: string) {
    super(message);
    this.name = remoteName === 'Error' ? 'RemoteError' : remoteName;
  }
}
