import { describe, expect, it } from 'vitest';
import type { CallOutcomeOption } from '../../../src/domain/calls';
import {
  computeInsights, createInsights, insightsCsvRows, UNATTRIBUTED, weekStartUtc,
  type InsightsCall, type InsightsProspect, type InsightsSegment,
} from '../../../src/domain/insights';

const SEGMENTS: InsightsSegment[] = [
  { id: 'sales-leaders', name: 'Sales leaders', templates: [
    { id: 'intro-email', name: 'Intro email', channel: 'email' },
    { id: 'opener', name: 'Cold call opener', channel: 'call_opener', variant: 'direct' },
  ] },
  { id: 'revops', name: 'RevOps', templates: [{ id: 'intro-email', name: 'RevOps intro', channel: 'email' }] },
  { id: 'unused', name: 'Nobody yet', templates: [] },
];

const PROSPECTS: InsightsProspect[] = [
  { id: 'p1', stage: 'new', segmentIds: ['sales-leaders'] },
  { id: 'p2', stage: 'contacted', segmentIds: ['sales-leaders', 'revops'] },
  { id: 'p3', stage: 'qualified', segmentIds: ['sales-leaders'] },
  { id: 'p4', stage: 'won', segmentIds: ['revops'] },
  { id: 'p5', stage: 'lost', segmentIds: [] },
];

// Tuesday 2026-11-03 10:00 UTC, and days after it.
const T0 = Date.UTC(2026, 10, 3, 10);
const DAY = 86_400_000;

const call = (prospectId: string, outcome: string, day: number, extra: Partial<InsightsCall> = {}): InsightsCall => ({
  prospectId, outcome, startedAt: T0 + day * DAY, durationSec: 60, ...extra,
});

const CALLS: InsightsCall[] = [
  call('p1', 'no_answer', 0, { segmentId: 'sales-leaders', templateId: 'opener' }),
  call('p1', 'connected', 1, { segmentId: 'sales-leaders', templateId: 'opener' }),
  call('p2', 'gatekeeper', 2, { segmentId: 'sales-leaders', templateId: 'opener' }),
  call('p3', 'meeting_booked', 8, { segmentId: 'sales-leaders', templateId: 'intro-email', durationSec: 600 }),
  call('p2', 'left_voicemail', 9, { segmentId: 'revops', templateId: 'intro-email' }),
  call('p4', 'not_interested', 22, { segmentId: 'revops' }),
  call('p5', 'connected', 22),
];

describe('computeInsights', () => {
  const insights = computeInsights(PROSPECTS, CALLS, { segments: SEGMENTS });

  it('counts calls, connects and the connect rate per segment using the domain definition of a connect', () => {
    const sales = insights.segments.find((s) => s.segmentId === 'sales-leaders')!;
    // no_answer ✗, connected ✓, gatekeeper ✗ (a person, but not the prospect), meeting_booked ✓
    expect(sales).toMatchObject({ calls: 4, connects: 2, meetings: 1, connectRate: 0.5, meetingRate: 0.25, prospects: 3, talkSec: 780 });
    const revops = insights.segments.find((s) => s.segmentId === 'revops')!;
    // left_voicemail ✗, not_interested ✓ (they spoke, and said no)
    expect(revops).toMatchObject({ calls: 2, connects: 1, connectRate: 0.5, meetings: 0, prospects: 2 });
  });

  it('counts member prospects per stage, a prospect in two segments in both', () => {
    const sales = insights.segments.find((s) => s.segmentId === 'sales-leaders')!;
    expect(sales.stages).toEqual({ new: 1, contacted: 1, qualified: 1, handed_to_sales: 0, won: 0, lost: 0 });
    const revops = insights.segments.find((s) => s.segmentId === 'revops')!;
    expect(revops.stages).toMatchObject({ contacted: 1, won: 1, new: 0 });
  });

  it('keeps a segment without calls or members, with zero rates rather than NaN', () => {
    const unused = insights.segments.find((s) => s.segmentId === 'unused')!;
    expect(unused).toMatchObject({ calls: 0, connects: 0, connectRate: 0, meetingRate: 0, prospects: 0 });
  });

  it('puts calls made without a segment in their own row, so totals still add up', () => {
    const none = insights.segments.find((s) => s.segmentId === UNATTRIBUTED)!;
    expect(none).toMatchObject({ calls: 1, connects: 1 });
    expect(insights.segments.reduce((n, s) => n + s.calls, 0)).toBe(CALLS.length);
    expect(insights.totals).toMatchObject({ calls: 7, connects: 4, meetings: 1, prospects: 5 });
    expect(insights.totals.connectRate).toBeCloseTo(4 / 7);
  });

  it('tells apart two templates with the same id in different segments', () => {
    const emails = insights.templates.filter((tpl) => tpl.templateId === 'intro-email');
    expect(emails.map((tpl) => [tpl.segmentId, tpl.name, tpl.calls, tpl.connects]).sort()).toEqual([
      ['revops', 'RevOps intro', 1, 0],
      ['sales-leaders', 'Intro email', 1, 1],
    ]);
    const opener = insights.templates.find((tpl) => tpl.templateId === 'opener')!;
    expect(opener).toMatchObject({ calls: 3, connects: 1, prospects: 2, channel: 'call_opener', variant: 'direct', segmentName: 'Sales leaders' });
    // p1 is new and p2 contacted: the stages of the distinct prospects called with it.
    expect(opener.stages).toMatchObject({ new: 1, contacted: 1 });
    expect(insights.templates[0]!.templateId).toBe('opener'); // most calls first
  });

  it('groups calls by UTC week starting Monday and fills empty weeks', () => {
    expect(insights.weeks.map((w) => new Date(w.weekStart).toISOString().slice(0, 10))).toEqual([
      '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23',
    ]);
    expect(insights.weeks.map((w) => w.calls)).toEqual([3, 2, 0, 2]);
    expect(insights.weeks.map((w) => w.meetings)).toEqual([0, 1, 0, 0]);
  });
});

describe('createInsights', () => {
  it('gives the same figures when fed in pages and in any order', () => {
    const acc = createInsights({ segments: SEGMENTS });
    for (const c of [...CALLS].reverse()) acc.addCall(c);
    for (const p of [...PROSPECTS].reverse()) acc.addProspect(p);
    expect(acc.result()).toEqual(computeInsights(PROSPECTS, CALLS, { segments: SEGMENTS }));
  });

  it('counts only calls within [from, to)', () => {
    const insights = computeInsights(PROSPECTS, CALLS, { segments: SEGMENTS, from: T0 + DAY, to: T0 + 9 * DAY });
    expect(insights.totals.calls).toBe(3); // days 1, 2 and 8; day 9 is excluded
  });

  it('follows an edited outcome list: a custom outcome marked as a connect counts', () => {
    const outcomes: CallOutcomeOption[] = [
      { key: 'demo_done', label: 'Demo done', connect: true },
      { key: 'connected', label: 'Connected', connect: false },
    ];
    const calls = [call('p1', 'demo_done', 0, { segmentId: 'sales-leaders' }), call('p1', 'connected', 0, { segmentId: 'sales-leaders' })];
    const row = computeInsights(PROSPECTS, calls, { segments: SEGMENTS, outcomes }).segments[0]!;
    expect(row).toMatchObject({ calls: 2, connects: 1 });
  });

  it('still reports calls of a segment that was deleted, under its id', () => {
    const insights = computeInsights([], [call('p1', 'connected', 0, { segmentId: 'old-segment' })], { segments: SEGMENTS });
    expect(insights.segments.find((s) => s.segmentId === 'old-segment')).toMatchObject({ name: 'old-segment', calls: 1, connects: 1 });
  });

  it('returns no weeks without calls', () => {
    expect(computeInsights(PROSPECTS, [], { segments: SEGMENTS }).weeks).toEqual([]);
  });
});

describe('weekStartUtc', () => {
  it('maps every day of a week to its Monday, Sunday included', () => {
    const monday = Date.UTC(2026, 10, 23);
    expect(weekStartUtc(Date.UTC(2026, 10, 23, 0, 0))).toBe(monday);
    expect(weekStartUtc(Date.UTC(2026, 10, 29, 23, 59))).toBe(monday);
    expect(weekStartUtc(Date.UTC(2026, 10, 30, 0, 0))).toBe(Date.UTC(2026, 10, 30));
  });

  it('crosses a year boundary', () => {
    expect(new Date(weekStartUtc(Date.UTC(2027, 0, 1))).toISOString().slice(0, 10)).toBe('2026-12-28');
  });
});

describe('insightsCsvRows', () => {
  it('writes a header, a row per segment and per template, with percentages', () => {
    const rows = insightsCsvRows(computeInsights(PROSPECTS, CALLS, { segments: SEGMENTS }));
    expect(rows[0]!.slice(0, 8)).toEqual(['Kind', 'Segment', 'Template', 'Channel', 'Prospects', 'Calls', 'Connects', 'Connect rate (%)']);
    const sales = rows.find((r) => r[0] === 'segment' && r[1] === 'Sales leaders')!;
    expect(sales.slice(4, 10)).toEqual(['3', '4', '2', '50.0', '1', '25.0']);
    expect(rows.some((r) => r[0] === 'segment' && r[1] === '(no segment)')).toBe(true);
    expect(rows.filter((r) => r[0] === 'template')).toHaveLength(3);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});

describe('messages sent per template', () => {
  const used = (prospectId: string, segmentId: string, templateId: string, day: number) => ({ prospectId, segmentId, templateId, at: T0 + day * DAY });

  it('counts each copied, mailed or inserted message against its segment and template, with the prospects reached', () => {
    const acc = createInsights({ segments: SEGMENTS });
    for (const p of PROSPECTS) acc.addProspect(p);
    for (const c of CALLS) acc.addCall(c);
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 0));
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 1));
    acc.addMessage(used('p2', 'sales-leaders', 'intro-email', 1));
    acc.addMessage(used('p4', 'revops', 'intro-email', 2));
    const insights = acc.result();
    const salesIntro = insights.templates.find((t) => t.segmentId === 'sales-leaders' && t.templateId === 'intro-email')!;
    expect(salesIntro).toMatchObject({ messagesSent: 3, prospectsMessaged: 2, calls: 1, name: 'Intro email', channel: 'email' });
    const revopsIntro = insights.templates.find((t) => t.segmentId === 'revops' && t.templateId === 'intro-email')!;
    expect(revopsIntro).toMatchObject({ messagesSent: 1, prospectsMessaged: 1, calls: 1 });
    expect(insights.templates.find((t) => t.templateId === 'opener')).toMatchObject({ messagesSent: 0, prospectsMessaged: 0, calls: 3 });
    expect(insights.totals.messagesSent).toBe(4);
    // Messages are not calls: the call figures stay as they were.
    expect(insights.totals.calls).toBe(CALLS.length);
  });

  it('lists a template that was only ever mailed, never called', () => {
    const insights = createInsights({ segments: SEGMENTS });
    insights.addMessage(used('p1', 'sales-leaders', 'opener', 0));
    const rows = insights.result().templates;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ templateId: 'opener', segmentName: 'Sales leaders', name: 'Cold call opener', messagesSent: 1, calls: 0, connectRate: 0 });
  });

  it('keeps to the period asked for', () => {
    const acc = createInsights({ segments: SEGMENTS, from: T0 + DAY });
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 0));
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 2));
    expect(acc.result().templates[0]).toMatchObject({ messagesSent: 1 });
  });

  it('splits the count into copied, opened in the mail app and inserted (older entries count as copied)', () => {
    const acc = createInsights({ segments: SEGMENTS });
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 0));
    acc.addMessage({ ...used('p1', 'sales-leaders', 'intro-email', 1), action: 'opened' });
    acc.addMessage({ ...used('p2', 'sales-leaders', 'intro-email', 1), action: 'opened' });
    acc.addMessage({ ...used('p2', 'sales-leaders', 'intro-email', 2), action: 'inserted' });
    const intro = acc.result().templates[0]!;
    expect(intro).toMatchObject({ messagesSent: 4, messagesByAction: { copied: 1, opened: 2, inserted: 1 } });
    const rows = insightsCsvRows(acc.result());
    const opened = rows[0]!.indexOf('Messages opened');
    expect(rows.find((r) => r[0] === 'template')![opened]).toBe('2');
    expect(rows.find((r) => r[0] === 'segment' && r[1] === 'Sales leaders')![opened]).toBe('2');
  });

  it('writes the count to the CSV', () => {
    const acc = createInsights({ segments: SEGMENTS });
    acc.addMessage(used('p1', 'sales-leaders', 'intro-email', 0));
    const rows = insightsCsvRows(acc.result());
    const col = rows[0]!.indexOf('Messages sent');
    expect(col).toBeGreaterThan(0);
    expect(rows.find((r) => r[0] === 'template' && r[2] === 'Intro email')![col]).toBe('1');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});
