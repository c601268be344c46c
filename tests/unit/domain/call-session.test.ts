import { describe, expect, it } from 'vitest';
import { badgeText, clockText, elapsedMs, pauseSession, phoneFromTelUrl, resumeSession, sessionProblems, startSession } from '../../../src/domain/call-session';

describe('call session timer', () => {
  it('counts running time, stops counting while paused, and resumes', () => {
    let s = startSession(1_000, 'c1', { prospectId: 'p1' });
    expect(elapsedMs(s, 61_000)).toBe(60_000);
    s = pauseSession(s, 61_000);
    expect(s.running).toBe(false);
    expect(elapsedMs(s, 500_000)).toBe(60_000);
    s = resumeSession(s, 500_000);
    expect(elapsedMs(s, 530_000)).toBe(90_000);
    expect(pauseSession(pauseSession(s, 540_000), 999_999).accumulatedMs).toBe(100_000);
  });

  it('survives a round trip through JSON storage unchanged', () => {
    const s = startSession(5_000, 'c2', { phone: '+14155550132' });
    const copy = JSON.parse(JSON.stringify(s));
    expect(elapsedMs(copy, 65_000)).toBe(elapsedMs(s, 65_000));
  });

  it('never counts negative time when the clock moves backwards', () => {
    const s = startSession(10_000, 'c3');
    expect(elapsedMs(s, 5_000)).toBe(0);
  });
});

describe('badge and clock text', () => {
  it('fits the toolbar badge', () => {
    expect(badgeText(0)).toBe('0:00');
    expect(badgeText(42_500)).toBe('0:42');
    expect(badgeText(599_000)).toBe('9:59');
    expect(badgeText(12 * 60_000 + 5_000)).toBe('12m');
    expect(badgeText(150 * 60_000)).toBe('2h');
    for (const ms of [0, 59_000, 599_000, 5_999_000, 36_000_000]) expect(badgeText(ms).length).toBeLessThanOrEqual(4);
  });
  it('shows hours only when needed', () => {
    expect(clockText(725_000)).toBe('12:05');
    expect(clockText(3_725_000)).toBe('1:02:05');
  });
});

describe('what stops a call from being saved', () => {
  it('needs a prospect and an outcome, and a follow-up not in the past', () => {
    const s = startSession(0, 'c4');
    expect(sessionProblems(s, 1000)).toEqual(['no-prospect', 'no-outcome']);
    expect(sessionProblems({ ...s, prospectId: 'p', outcome: 'busy', followUpAt: 0 }, 10 * 60_000)).toEqual(['follow-up-in-past']);
    expect(sessionProblems({ ...s, prospectId: 'p', outcome: 'busy', followUpAt: 20 * 60_000 }, 10 * 60_000)).toEqual([]);
  });
});

describe('tel: links', () => {
  it('reads the number and ignores parameters', () => {
    expect(phoneFromTelUrl('tel:+1-415-555-0132')).toBe('+1-415-555-0132');
    expect(phoneFromTelUrl('TEL:%2B49%2030%20123456;ext=12')).toBe('+49 30 123456');
    expect(phoneFromTelUrl('tel:')).toBeNull();
    expect(phoneFromTelUrl('mailto:a@b.c')).toBeNull();
    expect(phoneFromTelUrl('tel:%E0%A4%A')).toBeNull();
  });
});
