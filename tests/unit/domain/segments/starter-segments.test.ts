import { describe, expect, it } from 'vitest';
import raw from '../../../../src/domain/segments/starter-segments.json';
import { CHANNELS, validateSegments } from '../../../../src/domain/segments/segment-schema';
import { starterSegments } from '../../../../src/domain/segments/starter-segments';
import { compileSegments } from '../../../../src/domain/segments/match';
import { renderTemplate } from '../../../../src/domain/messages/render-template';
import { engineeringManager, founder, geschaeftsfuehrer, prospect, vpSales } from '../../../../src/domain/segments/test-helpers';
import { talkingPointsFor } from '../../../../src/domain/segments/talking-points';

describe('starter segments', () => {
  const segments = starterSegments();

  it('pass the same validation as a user import', () => {
    const result = validateSegments(raw);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(segments.length).toBeGreaterThanOrEqual(6);
  });

  it('each has weighted rules with at least one required rule, and 4–8 talking points, some conditional', () => {
    for (const s of segments) {
      const json = JSON.stringify(s.rules);
      expect(json, s.id).toContain('"required":true');
      expect(s.threshold, s.id).toBeGreaterThan(0);
      expect(s.talkingPoints.length, s.id).toBeGreaterThanOrEqual(4);
      expect(s.talkingPoints.length, s.id).toBeLessThanOrEqual(8);
      expect(s.talkingPoints.some((p) => p.when), s.id).toBe(true);
    }
  });

  it('each has a template for every channel and two variants for email and linkedin_connect', () => {
    for (const s of segments) {
      for (const channel of CHANNELS) expect(s.templates.some((t) => t.channel === channel), `${s.id} ${channel}`).toBe(true);
      for (const channel of ['email', 'linkedin_connect'] as const) {
        const variants = new Set(s.templates.filter((t) => t.channel === channel).map((t) => t.variant));
        expect(variants.size, `${s.id} ${channel}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('renders every template cleanly for a prospect with almost nothing known, within hard limits', () => {
    const bare = prospect({ fullName: 'Sam' });
    for (const s of segments) {
      for (const t of s.templates) {
        const r = renderTemplate(t, { prospect: bare, segment: s });
        expect(r.text, `${s.id}/${t.id}`).not.toMatch(/\{\{|\}\}| {2}| [,.!?]|\n{3}|^Hi ,/);
        expect(r.text.startsWith('Hi there,') || !r.text.startsWith('Hi'), `${s.id}/${t.id}`).toBe(true);
        expect(r.unknownFields, `${s.id}/${t.id}`).toEqual([]);
        expect(r.missingFields, `${s.id}/${t.id}`).toEqual([]);
        if (t.channel === 'linkedin_connect') expect(r.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('sends each sample persona to the segment written for them', () => {
    const matcher = compileSegments(segments);
    const top = (p: Parameters<typeof matcher.match>[0]) => matcher.match(p).filter((m) => m.matched).map((m) => m.segmentId);
    expect(top(vpSales)[0]).toBe('sales-leaders-saas');
    expect(top(founder)[0]).toBe('early-stage-founders');
    expect(top(engineeringManager)[0]).toBe('engineering-managers');
    expect(top(geschaeftsfuehrer)[0]).toBe('early-stage-founders');
    const cfo = prospect({ fullName: 'Lena Kowalski', title: 'Chief Financial Officer', seniority: 'c_suite', department: 'finance', companySize: 600, emails: ['lena@ledgerline.example'] });
    expect(top(cfo)[0]).toBe('finance-leaders');
    const hr = prospect({ fullName: 'Amara Nwosu', title: 'Head of People', seniority: 'head', department: 'hr', companySize: 900, location: { raw: 'Amsterdam, Netherlands' } });
    expect(top(hr)[0]).toBe('people-leaders');
    // A recruiter who sells nothing must not land in the sales segment.
    const recruiter = { ...vpSales, title: 'VP Talent Acquisition', headline: undefined, department: 'hr' as const };
    expect(top(recruiter)).not.toContain('sales-leaders-saas');
  });

  it('shows conditioned talking points only to the prospects they were written for', () => {
    const engineering = segments.find((s) => s.id === 'engineering-managers')!;
    const withGithub = talkingPointsFor(engineeringManager, engineering).map((p) => p.id);
    const withoutGithub = talkingPointsFor({ ...engineeringManager, profiles: {} }, engineering).map((p) => p.id);
    expect(withGithub).toContain('github');
    expect(withoutGithub).not.toContain('github');
  });

  it('returns a fresh copy each call', () => {
    const a = starterSegments();
    a[0]!.name = 'Changed';
    expect(starterSegments()[0]!.name).not.toBe('Changed');
  });
});
