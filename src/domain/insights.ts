// The loop back to marketing: per segment and per template, how many prospects, calls, connects and meetings, and
// where the prospects stand in the pipeline. Pure: the caller streams prospects and calls in (any number of pages).
//
// Definitions:
// - connect rate = calls whose outcome counts as a connect (see isConnect: the rep spoke with the prospect) ÷ calls;
// - meetings = calls with the outcome 'meeting_booked';
// - a call belongs to the segment and template recorded on it (the ones the rep used); calls without a segment are
//   counted under UNATTRIBUTED;
// - stage counts of a segment are its member prospects (segmentIds) per stage; of a template, the distinct prospects
//   called with it, per their current stage;
// - messages sent = suggested messages the rep copied, opened in the mail app or inserted into a compose box (each
//   one a 'message_copied' timeline entry), counted against the segment and template recorded on it.
import { CALL_OUTCOMES, isConnect, type Call, type CallOutcomeOption } from './calls';
import { STAGES, type Stage } from './prospect';
import type { Channel } from './messages/channels';
import { MESSAGE_ACTIONS, type MessageAction } from './messages/outgoing';

export const UNATTRIBUTED = '';
export const MEETING_OUTCOME = 'meeting_booked';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Weeks shown at most in the calls-per-week series (ten years). */
export const MAX_WEEKS = 520;

export interface InsightsProspect {
  id: string;
  stage: Stage;
  segmentIds: readonly string[];
}

export type InsightsCall = Pick<Call, 'prospectId' | 'outcome' | 'startedAt' | 'durationSec'> & Partial<Pick<Call, 'segmentId' | 'templateId'>>;

/** A suggested message the rep used (copied, mailed or inserted), as the timeline recorded it. */
export interface InsightsMessage {
  prospectId: string;
  segmentId: string;
  templateId: string;
  /** Epoch milliseconds. */
  at: number;
  /** How it left: copied, opened in the mail app, or inserted into a compose window (older entries: copied). */
  action?: MessageAction;
}

export interface InsightsSegment {
  id: string;
  name: string;
  templates: readonly { id: string; name: string; channel: Channel; variant?: string }[];
}

export type StageCounts = Record<Stage, number>;

export interface CallFigures {
  calls: number;
  connects: number;
  /** connects ÷ calls; 0 when there are no calls. */
  connectRate: number;
  meetings: number;
  /** meetings ÷ calls; 0 when there are no calls. */
  meetingRate: number;
  talkSec: number;
}

export interface SegmentFigures extends CallFigures {
  /** UNATTRIBUTED for calls made without a segment. */
  segmentId: string;
  name: string;
  prospects: number;
  stages: StageCounts;
}

export interface TemplateFigures extends CallFigures {
  templateId: string;
  segmentId: string;
  segmentName: string;
  name: string;
  channel?: Channel;
  variant?: string;
  /** Distinct prospects called with this template. */
  prospects: number;
  stages: StageCounts;
  /** Times the template's message was copied, opened in the mail app or inserted. */
  messagesSent: number;
  /** Distinct prospects it was sent to. */
  prospectsMessaged: number;
  /** messagesSent split by how the message left Segue. */
  messagesByAction: Record<MessageAction, number>;
}

export interface WeekFigures {
  /** Monday 00:00 UTC of the week, epoch milliseconds. */
  weekStart: number;
  calls: number;
  connects: number;
  meetings: number;
}

export interface Insights {
  totals: CallFigures & { prospects: number; stages: StageCounts; messagesSent: number };
  segments: SegmentFigures[];
  templates: TemplateFigures[];
  weeks: WeekFigures[];
}

export interface InsightsOptions {
  segments: readonly InsightsSegment[];
  outcomes?: readonly CallOutcomeOption[];
  /** Only calls started in [from, to) count; prospects and stages are always current. */
  from?: number;
  to?: number;
}

function noActions(): Record<MessageAction, number> {
  return Object.fromEntries(MESSAGE_ACTIONS.map((a) => [a, 0])) as Record<MessageAction, number>;
}

export function emptyStages(): StageCounts {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as StageCounts;
}

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStartUtc(ms: number): number {
  const d = new Date(ms);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday);
}

interface CallTally {
  calls: number;
  connects: number;
  meetings: number;
  talkSec: number;
}

const newTally = (): CallTally => ({ calls: 0, connects: 0, meetings: 0, talkSec: 0 });

interface TemplateTally {
  tally: CallTally;
  segmentId: string;
  templateId: string;
  /** Called with the template. */
  prospects: Set<string>;
  messages: number;
  messaged: Set<string>;
  byAction: Record<MessageAction, number>;
}

function figures(t: CallTally): CallFigures {
  return {
    calls: t.calls, connects: t.connects, meetings: t.meetings, talkSec: t.talkSec,
    connectRate: t.calls ? t.connects / t.calls : 0,
    meetingRate: t.calls ? t.meetings / t.calls : 0,
  };
}

export interface InsightsAccumulator {
  addProspect(prospect: InsightsProspect): void;
  addCall(call: InsightsCall): void;
  addMessage(message: InsightsMessage): void;
  result(): Insights;
}

/** Streams prospects and calls in (in any order, in pages), then computes the figures once. */
export function createInsights(options: InsightsOptions): InsightsAccumulator {
  const outcomes = options.outcomes?.length ? options.outcomes : CALL_OUTCOMES;
  const segmentNames = new Map(options.segments.map((s) => [s.id, s.name]));
  const templateInfo = new Map<string, { segmentId: string; name: string; channel: Channel; variant?: string }>();
  for (const s of options.segments) {
    for (const tpl of s.templates) templateInfo.set(`${s.id}\u0000${tpl.id}`, { segmentId: s.id, name: tpl.name, channel: tpl.channel, ...(tpl.variant ? { variant: tpl.variant } : {}) });
  }

  const stageOf = new Map<string, Stage>();
  const totalStages = emptyStages();
  const segmentMembers = new Map<string, { prospects: number; stages: StageCounts }>();
  const segmentCalls = new Map<string, CallTally>();
  const templateCalls = new Map<string, TemplateTally>();
  const template = (segmentId: string, templateId: string): TemplateTally => {
    const key = `${segmentId}\u0000${templateId}`;
    let tpl = templateCalls.get(key);
    if (!tpl) templateCalls.set(key, (tpl = { tally: newTally(), segmentId, templateId, prospects: new Set(), messages: 0, messaged: new Set(), byAction: noActions() }));
    return tpl;
  };
  let messagesSent = 0;
  const inPeriod = (at: number) => (options.from === undefined || at >= options.from) && (options.to === undefined || at < options.to);
  const weeks = new Map<number, WeekFigures>();
  const total = newTally();

  const members = (id: string) => {
    let m = segmentMembers.get(id);
    if (!m) segmentMembers.set(id, (m = { prospects: 0, stages: emptyStages() }));
    return m;
  };

  return {
    addProspect(p) {
      stageOf.set(p.id, p.stage);
      totalStages[p.stage] = (totalStages[p.stage] ?? 0) + 1;
      for (const id of new Set(p.segmentIds)) {
        const m = members(id);
        m.prospects++;
        m.stages[p.stage]++;
      }
    },
    addCall(call) {
      if (!inPeriod(call.startedAt)) return;
      const connect = isConnect(call.outcome, outcomes);
      const meeting = call.outcome === MEETING_OUTCOME;
      const talk = Math.max(0, Number.isFinite(call.durationSec) ? call.durationSec : 0);
      const count = (t: CallTally) => {
        t.calls++;
        if (connect) t.connects++;
        if (meeting) t.meetings++;
        t.talkSec += talk;
      };
      count(total);
      const segmentId = call.segmentId ?? UNATTRIBUTED;
      let s = segmentCalls.get(segmentId);
      if (!s) segmentCalls.set(segmentId, (s = newTally()));
      count(s);
      if (call.templateId) {
        const tpl = template(segmentId, call.templateId);
        count(tpl.tally);
        tpl.prospects.add(call.prospectId);
      }
      if (Number.isFinite(call.startedAt)) {
        const week = weekStartUtc(call.startedAt);
        let w = weeks.get(week);
        if (!w) weeks.set(week, (w = { weekStart: week, calls: 0, connects: 0, meetings: 0 }));
        w.calls++;
        if (connect) w.connects++;
        if (meeting) w.meetings++;
      }
    },
    addMessage(message) {
      if (!message.templateId || !inPeriod(message.at)) return;
      const tpl = template(message.segmentId || UNATTRIBUTED, message.templateId);
      tpl.messages++;
      tpl.messaged.add(message.prospectId);
      tpl.byAction[message.action && MESSAGE_ACTIONS.includes(message.action) ? message.action : 'copied']++;
      messagesSent++;
    },
    result() {
      const segmentRows: SegmentFigures[] = options.segments.map((s) => {
        const m = segmentMembers.get(s.id);
        return { segmentId: s.id, name: s.name, prospects: m?.prospects ?? 0, stages: m?.stages ?? emptyStages(), ...figures(segmentCalls.get(s.id) ?? newTally()) };
      });
      // Calls recorded with a segment that no longer exists, and calls without one, still count.
      for (const [id, tally] of segmentCalls) {
        if (segmentNames.has(id)) continue;
        const m = segmentMembers.get(id);
        segmentRows.push({ segmentId: id, name: id, prospects: m?.prospects ?? 0, stages: m?.stages ?? emptyStages(), ...figures(tally) });
      }

      const templateRows: TemplateFigures[] = [...templateCalls.values()].map(({ tally, segmentId, templateId, prospects, messages, messaged, byAction }) => {
        const info = templateInfo.get(`${segmentId}\u0000${templateId}`);
        const stages = emptyStages();
        for (const id of prospects) {
          const stage = stageOf.get(id);
          if (stage) stages[stage]++;
        }
        return {
          templateId, segmentId, segmentName: segmentNames.get(segmentId) ?? segmentId, name: info?.name ?? templateId,
          ...(info ? { channel: info.channel } : {}), ...(info?.variant ? { variant: info.variant } : {}),
          prospects: prospects.size, stages, ...figures(tally), messagesSent: messages, prospectsMessaged: messaged.size, messagesByAction: { ...byAction },
        };
      }).sort((a, b) => b.calls - a.calls || b.messagesSent - a.messagesSent || a.segmentName.localeCompare(b.segmentName) || a.name.localeCompare(b.name));

      return {
        totals: { ...figures(total), prospects: stageOf.size, stages: totalStages, messagesSent },
        segments: segmentRows,
        templates: templateRows,
        weeks: fillWeeks(weeks),
      };
    },
  };
}

/** Every week from the first to the last with calls, empty weeks included (a chart needs the gaps). */
function fillWeeks(weeks: Map<number, WeekFigures>): WeekFigures[] {
  if (weeks.size === 0) return [];
  const starts = [...weeks.keys()].sort((a, b) => a - b);
  const last = starts[starts.length - 1]!;
  const first = Math.max(starts[0]!, last - (MAX_WEEKS - 1) * WEEK_MS);
  const out: WeekFigures[] = [];
  // Stepping by calendar days in UTC keeps every start on a Monday (UTC has no daylight saving).
  for (let week = first; week <= last; week = Date.UTC(new Date(week).getUTCFullYear(), new Date(week).getUTCMonth(), new Date(week).getUTCDate() + 7)) {
    out.push(weeks.get(week) ?? { weekStart: week, calls: 0, connects: 0, meetings: 0 });
  }
  return out;
}

/** All at once, for small inputs and tests. */
export function computeInsights(prospects: Iterable<InsightsProspect>, calls: Iterable<InsightsCall>, options: InsightsOptions): Insights {
  const acc = createInsights(options);
  for (const p of prospects) acc.addProspect(p);
  for (const c of calls) acc.addCall(c);
  return acc.result();
}

const pct = (ratio: number) => (Math.round(ratio * 1000) / 10).toFixed(1);

/** The figures as CSV rows (header first): one row per segment, then one per template. */
export function insightsCsvRows(insights: Insights): string[][] {
  const header = ['Kind', 'Segment', 'Template', 'Channel', 'Prospects', 'Calls', 'Connects', 'Connect rate (%)', 'Meetings booked', 'Meeting rate (%)', 'Talk time (seconds)', ...STAGES.map((s) => `Stage: ${s}`), 'Messages sent', ...MESSAGE_ACTIONS.map((a) => `Messages ${a}`)];
  const rows: string[][] = [header];
  const numbers = (f: CallFigures & { prospects: number; stages: StageCounts }) => [
    String(f.prospects), String(f.calls), String(f.connects), pct(f.connectRate), String(f.meetings), pct(f.meetingRate), String(f.talkSec),
    ...STAGES.map((s) => String(f.stages[s])),
  ];
  // A segment's messages are its templates' (the timeline records a message against its template).
  const segmentMessages = new Map<string, number>();
  for (const tpl of insights.templates) segmentMessages.set(tpl.segmentId, (segmentMessages.get(tpl.segmentId) ?? 0) + tpl.messagesSent);
  const segmentActions = (segmentId: string) => {
    const sum = noActions();
    for (const tpl of insights.templates) if (tpl.segmentId === segmentId) for (const a of MESSAGE_ACTIONS) sum[a] += tpl.messagesByAction[a];
    return sum;
  };
  for (const s of insights.segments) rows.push(['segment', s.segmentId === UNATTRIBUTED ? '(no segment)' : s.name, '', '', ...numbers(s), String(segmentMessages.get(s.segmentId) ?? 0), ...MESSAGE_ACTIONS.map((a) => String(segmentActions(s.segmentId)[a]))]);
  for (const tpl of insights.templates) rows.push(['template', tpl.segmentId === UNATTRIBUTED ? '(no segment)' : tpl.segmentName, tpl.name, tpl.channel ?? '', ...numbers(tpl), String(tpl.messagesSent), ...MESSAGE_ACTIONS.map((a) => String(tpl.messagesByAction[a]))]);
  return rows;
}
