import { describe, expect, it } from 'vitest';
import raw from '../../../../src/domain/segments/starter-segments.json';
import { CHANNELS, validateSegments } from '../../../../src/domain/segments/segment-schema';
import { DEFAULT_PLAYBOOK, playbooks, starterSegments } from '../../../../src/domain/segments/starter-segments';
import { compileSegments, matchSegments } from '../../../../src/domain/segments/match';
import { renderTemplate } from '../../../../src/domain/messages/render-template';
import type { Offer } from '../../../../src/domain/messages/template-fields';
import { engineeringManager, founder, geschaeftsfuehrer, prospect, vpSales } from '../../../support/segments';
import { talkingPointsFor } from '../../../../src/domain/segments/talking-points';

const OFFER: Offer = { name: 'Ledgerly', problem: 'month-end close that takes two weeks', proofs: ['Acme Corp closes in 3 days', 'used by 40 finance teams', 'ISO 27001 certified'] };
const CLEAN = /\{\{|\}\}| {2}| [,.!?;:]|\n{3}|^Hi ,|\.\.|undefined|null/;

describe('starter playbooks', () => {
  it('offer at least three playbooks, the default first, each with a sample prospect', () => {
    const list = playbooks();
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list[0]!.id).toBe(DEFAULT_PLAYBOOK);
    for (const p of list) expect(p.sample.fullName, p.id).toBeTruthy();
  });

  for (const playbook of playbooks()) {
    describe(playbook.name, () => {
      const segments = starterSegments(playbook.id);

      it('passes the same validation as a user import', () => {
        const result = validateSegments(segments);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(segments.length).toBeGreaterThanOrEqual(3);
      });

      it('has weighted rules with a required rule, and 4–8 talking points, some conditional', () => {
        for (const s of segments) {
          expect(JSON.stringify(s.rules), s.id).toContain('"required":true');
          expect(s.threshold, s.id).toBeGreaterThan(0);
          expect(s.talkingPoints.length, s.id).toBeGreaterThanOrEqual(4);
          expect(s.talkingPoints.length, s.id).toBeLessThanOrEqual(8);
          expect(s.talkingPoints.some((p) => p.when), s.id).toBe(true);
        }
      });

      it('has a template for every channel and two variants for email and linkedin_connect', () => {
        for (const s of segments) {
          for (const channel of CHANNELS) expect(s.templates.some((t) => t.channel === channel), `${s.id} ${channel}`).toBe(true);
          for (const channel of ['email', 'linkedin_connect'] as const) {
            expect(new Set(s.templates.filter((t) => t.channel === channel).map((t) => t.variant)).size, `${s.id} ${channel}`).toBeGreaterThanOrEqual(2);
          }
        }
      });

      it('never pitches Segue itself', () => {
        expect(JSON.stringify(segments)).not.toMatch(/segue/i);
      });

      it('reads cleanly with no offer and almost nothing known: fallback wording, never an empty or raw placeholder', () => {
        const bare = prospect({ fullName: 'Sam' });
        for (const s of segments) {
          for (const t of s.templates) {
            const r = renderTemplate(t, { prospect: bare, segment: s });
            expect(r.text, `${s.id}/${t.id}`).not.toMatch(CLEAN);
            expect(r.subject ?? '', `${s.id}/${t.id}`).not.toMatch(CLEAN);
            expect(r.text.startsWith('Hi there,') || !r.text.startsWith('Hi'), `${s.id}/${t.id}`).toBe(true);
            expect(r.unknownFields, `${s.id}/${t.id}`).toEqual([]);
            expect(r.missingFields, `${s.id}/${t.id}`).toEqual([]);
            if (t.channel === 'linkedin_connect') expect(r.length).toBeLessThanOrEqual(300);
          }
          // Enough to talk about even with no offer and nothing known about the prospect.
          expect(talkingPointsFor(bare, s).length, s.id).toBeGreaterThanOrEqual(4);
          for (const point of talkingPointsFor(bare, s)) {
            expect(point.text, `${s.id}/${point.id}`).not.toMatch(CLEAN);
            expect(point.missingFields, `${s.id}/${point.id}`).toEqual([]);
          }
        }
      });

      it('uses the rep\'s offer in talking points and messages on its sample prospect', () => {
        const sender = { name: 'Sam Rivera', offer: OFFER };
        const [best] = matchSegments(playbook.sample, segments).filter((m) => m.matched);
        expect(best, 'the sample prospect matches a segment').toBeDefined();
        const segment = segments.find((s) => s.id === best!.segmentId)!;
        const points = talkingPointsFor(playbook.sample, segment, { sender }).map((p) => p.text).join('\n');
        expect(points).toContain('Ledgerly');
        expect(points).toContain('month-end close that takes two weeks');
        expect(points).toContain('Acme Corp closes in 3 days');
        expect(points).toContain('used by 40 finance teams; ISO 27001 certified');
        for (const t of segment.templates) {
          const r = renderTemplate(t, { prospect: playbook.sample, sender, segment });
          // The soft connection note is deliberately no pitch.
          if (t.variant !== 'soft') expect(r.text, t.id).toContain('month-end close that takes two weeks');
          expect(r.text, t.id).not.toMatch(CLEAN);
          expect(r.missingFields, t.id).toEqual([]);
        }
      });
    });
  }
});

describe('B2B software playbook (the default)', () => {
  const segments = starterSegments();

  it('is starter-segments.json, so "Reset to starter set" and the CLI read the same file', () => {
    expect(validateSegments(raw).ok).toBe(true);
    expect(segments.map((s) => s.id)).toEqual((raw as { id: string }[]).map((s) => s.id));
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
    expect(talkingPointsFor(engineeringManager, engineering).map((p) => p.id)).toContain('github');
    expect(talkingPointsFor({ ...engineeringManager, profiles: {} }, engineering).map((p) => p.id)).not.toContain('github');
  });

  it('returns a fresh copy each call, and the default for an unknown playbook', () => {
    const a = starterSegments();
    a[0]!.name = 'Changed';
    expect(starterSegments()[0]!.name).not.toBe('Changed');
    expect(starterSegments('no-such-playbook').map((s) => s.id)).toEqual(segments.map((s) => s.id));
  });
});
