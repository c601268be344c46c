// Cold calls from the toolbar: the session in storage, the badge that shows its running time, and saving it.
import { badgeText, elapsedMs, pauseSession, resumeSession, sessionProblems, startSession, type CallSession } from '../domain/call-session';
import { CallsRepo } from '../db/calls-repo';
import { HandoffsRepo } from '../db/handoffs-repo';
import { database, prospectsRepo } from '../db/default-database';
import { browser } from '../platform/browser';
import { clearCallText, readCallSession, writeCallSession, writeCallText } from '../platform/call-store';
import { armReminder } from './reminders';
import type { CallPatch } from '../messaging/protocol';

export const BADGE_ALARM = 'call-badge';

export class CallError extends Error {
  override name = 'CallError';
}

/**
 * Every change to the call in progress runs here, one after another: each reads the stored session, applies its own
 * fields and writes it back before the next starts, so two views (or an outcome click and a timer click) never
 * overwrite each other. A failed change does not stop the ones queued after it.
 */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(change: () => Promise<T>): Promise<T> {
  const run = queue.then(change, change);
  queue = run.catch(() => undefined);
  return run;
}

export async function refreshBadge(session?: CallSession | null): Promise<void> {
  const current = session === undefined ? await readCallSession() : session;
  if (!current) {
    // No call running: the badge counts the hand-offs waiting for me to accept or return.
    const waiting = (await new HandoffsRepo(database()).offeredToMe()).length;
    await browser.action.setBadgeBackgroundColor({ color: '#2f6fd6' });
    await browser.action.setBadgeText({ text: waiting ? String(waiting) : '' });
    const title = browser.i18n.getMessage('actionTitle') || 'Segue';
    await browser.action.setTitle({ title: waiting ? `${title}: ${browser.i18n.getMessage('handoff_badgeTitle', [String(waiting)]) || `${waiting} handed to you`}` : title });
    await browser.alarms.clear(BADGE_ALARM);
    return;
  }
  const ms = elapsedMs(current, Date.now());
  await browser.action.setBadgeBackgroundColor({ color: current.running ? '#c0322b' : '#5b6275' });
  await browser.action.setBadgeText({ text: badgeText(ms) });
  await browser.action.setTitle({ title: `${browser.i18n.getMessage('callInProgress') || 'Call in progress'}${current.prospectName ? `: ${current.prospectName}` : ''}` });
  // Chrome keeps alarms at 30 s or more: the badge ticks each second only while a Segue page is open.
  if (current.running) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 0.5 });
  else await browser.alarms.clear(BADGE_ALARM);
}

export interface StartCall {
  prospectId?: string;
  phone?: string;
  segmentId?: string;
  templateId?: string;
  /** Replace a call already in progress (its unsaved notes are dropped). */
  replace?: boolean;
}

export function startCall(request: StartCall): Promise<CallSession> {
  return serialized(() => start(request));
}

async function start(request: StartCall): Promise<CallSession> {
  const existing = await readCallSession();
  if (existing && !request.replace) return existing;
  let prospectName: string | undefined;
  let phone = request.phone;
  if (request.prospectId) {
    const prospect = await prospectsRepo().get(request.prospectId);
    if (!prospect) throw new CallError('That prospect no longer exists.');
    prospectName = prospect.fullName;
    phone ??= prospect.phones[0]?.number;
  }
  const session = startSession(Date.now(), crypto.randomUUID(), {
    ...(request.prospectId ? { prospectId: request.prospectId } : {}),
    ...(prospectName ? { prospectName } : {}),
    ...(phone ? { phone } : {}),
    ...(request.segmentId ? { segmentId: request.segmentId } : {}),
    ...(request.templateId ? { templateId: request.templateId } : {}),
  });
  await clearCallText();
  await writeCallSession(session);
  await refreshBadge(session);
  return session;
}


export function updateCall(request: { action?: 'pause' | 'resume'; patch?: CallPatch }): Promise<CallSession> {
  return serialized(() => update(request));
}

async function update(request: { action?: 'pause' | 'resume'; patch?: CallPatch }): Promise<CallSession> {
  let session = await readCallSession();
  if (!session) throw new CallError('No call in progress.');
  const now = Date.now();
  if (request.action === 'pause') session = pauseSession(session, now);
  if (request.action === 'resume') session = resumeSession(session, now);
  if (request.patch) {
    const { clearFollowUp, notes, nextStep, ...patch } = request.patch;
    session = { ...session, ...patch, updatedAt: now };
    if (clearFollowUp) delete session.followUpAt;
    if (notes !== undefined) await writeCallText(session.id, 'notes', (session.notes = notes), 'background');
    if (nextStep !== undefined) await writeCallText(session.id, 'nextStep', (session.nextStep = nextStep), 'background');
  }
  await writeCallSession(session);
  // Typing notes saves the session every few hundred ms; only timer and prospect changes touch the badge.
  if (request.action || request.patch?.prospectName !== undefined) await refreshBadge(session);
  return session;
}

export function saveCall(): Promise<{ callId: string; taskId?: string }> {
  return serialized(save);
}

async function save(): Promise<{ callId: string; taskId?: string }> {
  const session = await readCallSession();
  if (!session) throw new CallError('No call in progress.');
  const now = Date.now();
  const problems = sessionProblems(session, now);
  if (problems.includes('no-prospect')) throw new CallError('Pick the prospect you called before saving.');
  if (problems.includes('no-outcome')) throw new CallError('Pick the call outcome before saving.');
  if (problems.includes('follow-up-in-past')) throw new CallError('The follow-up date is in the past. Pick a later date.');
  const durationSec = Math.round(elapsedMs(session, now) / 1000);
  const { call, task } = await new CallsRepo(database()).log({
    prospectId: session.prospectId!,
    outcome: session.outcome,
    startedAt: session.startedAt,
    endedAt: now,
    durationSec,
    notes: session.notes,
    ...(session.segmentId ? { segmentId: session.segmentId } : {}),
    ...(session.templateId ? { templateId: session.templateId } : {}),
    ...(session.phone ? { phone: session.phone } : {}),
    ...(session.nextStep.trim() ? { nextStep: session.nextStep.trim() } : {}),
    ...(session.followUpAt !== undefined ? { followUpAt: session.followUpAt } : {}),
  });
  if (task) await armReminder(task.id, task);
  // Only now, with the call stored, is the session let go: a failure above leaves the notes in place.
  await writeCallSession(null);
  await refreshBadge(null);
  return task ? { callId: call.id, taskId: task.id } : { callId: call.id };
}

export function discardCall(): Promise<void> {
  return serialized(async () => {
    await writeCallSession(null);
    await refreshBadge(null);
  });
}
