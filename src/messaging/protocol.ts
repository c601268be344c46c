// One map from message name to request and response types, shared by every context.
import type { ExtractionResult } from '../domain/extraction';
import type { Prospect, ProspectDraft, Stage } from '../domain/prospect';
import type { Channel } from '../domain/messages/channels';
import type { MessageAction, SubjectResult } from '../domain/messages/outgoing';
import type { CallSession } from '../domain/call-session';
import type { FieldChange } from '../domain/merge';
import type { DashboardProtocol } from './protocol-dashboard';
import type { NotesProtocol } from './protocol-notes';
import type { CompaniesProtocol } from './protocol-companies';
import type { HandoffProtocol } from './protocol-handoff';
import type { PacksProtocol } from './protocol-packs';
import type { OnboardingProtocol } from './protocol-onboarding';
import type { TeamPublishProtocol } from './protocol-team-publish';
import type { MergeCandidate, MergeDecision } from '../db/prospects-repo';

/**
 * Every message: name → request and response. Areas with many messages keep their part in a file of its own
 * (protocol-<area>.ts) that this map extends, so there is still one map for every context to use.
 */
export interface Protocol extends DashboardProtocol, NotesProtocol, CompaniesProtocol, HandoffProtocol, PacksProtocol, OnboardingProtocol, TeamPublishProtocol {
  /** Inject the capture script into a tab (on demand) and return the people it found. */
  'capture.extract': { request: { tabId: number }; response: ExtractionResult };
  /**
   * From the in-page button on a site the rep allowed: capture the sender's tab (taken from the message's sender, never
   * from the request) and open it for review. The page shows where the review went.
   */
  'capture.fromPage': { request: Record<string, never>; response: CaptureFromPageResponse };
  /**
   * Save a reviewed draft: merges into a stored prospect with the same email or profile address. One that shares
   * only name and company comes back as `confirm` (nothing saved); send again with the rep's `decision`.
   */
  'prospects.save': {
    request: { draft: ProspectDraft; decision?: MergeDecision };
    response: { prospect: Prospect; merged: boolean; changes: FieldChange[] } | { confirm: MergeCandidate };
  };
  /** Change a prospect's stage (recorded on its timeline). */
  'prospects.setStage': { request: { id: string; stage: Stage }; response: { prospect: Prospect } };
  /**
   * The rep copied, opened in the mail app or inserted a suggested message: recorded on the timeline against its
   * segment and template, and counted per template in insights. `action` defaults to 'copied'.
   */
  'messages.copied': {
    request: { prospectId: string; segmentId: string; templateId: string; templateName?: string; channel: Channel; action?: MessageAction };
    response: { ok: true };
  };
  /** Insert a message into the open Gmail or Outlook compose box of a tab (needs that site's optional permission). */
  'compose.insert': { request: { tabId: number; subject: string; body: string }; response: { inserted: true; subject: SubjectResult } };
  /** Start a call (or return the one in progress): the timer starts and the toolbar badge shows it. */
  'call.start': {
    request: { prospectId?: string; phone?: string; segmentId?: string; templateId?: string; replace?: boolean };
    response: CallSession;
  };
  /** Pause or resume the timer, or change the unsaved outcome, notes, next step, follow-up or prospect. */
  'call.update': { request: { action?: 'pause' | 'resume'; patch?: CallPatch }; response: CallSession };
  /** Store the call (and its follow-up task and reminder); the session ends only once it is stored. */
  'call.save': { request: Record<string, never>; response: { callId: string; taskId?: string } };
  'call.discard': { request: Record<string, never>; response: { discarded: true } };
  /** Health check: answers the service worker's start time so tests can tell a restarted worker. */
  'system.ping': { request: Record<string, never>; response: { startedAt: number } };
}

/** Where a capture from the in-page button went: the side panel, the toolbar popup, or waiting for the rep to open Segue. */
export interface CaptureFromPageResponse {
  review: 'side-panel' | 'popup' | 'waiting';
  found: 'person' | 'none';
  error?: string;
}

/** Changes to a call in progress; `clearFollowUp` removes the reminder date. */
export type CallPatch = Partial<Pick<CallSession, 'outcome' | 'notes' | 'nextStep' | 'followUpAt' | 'prospectId' | 'prospectName' | 'phone' | 'segmentId' | 'templateId'>> & {
  clearFollowUp?: boolean;
};

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
