import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../support/db/drafts';
import { createProspect, identityKeys, keyMatchHolds, mergeProspect, phoneKey, profilesConflict } from '../../../src/domain/merge';
import { emptyFields } from '../../../src/domain/prospect';

describe('identityKeys', () => {
  it('lists email, profile and name+company keys, normalised, strongest first', () => {
    const keys = identityKeys({
      ...emptyFields(),
      fullName: 'José Müller', company: 'ACME, Inc.',
      emails: [' mailto:Jose.Muller@Acme.EXAMPLE ', 'jose.muller@acme.example'],
      profiles: { linkedin: 'https://de.linkedin.com/in/Jose-Muller/', github: '' },
    });
    expect(keys).toEqual(['email:jose.muller@acme.example', 'profile:linkedin.com/in/jose-muller', 'name:jose muller|acme inc']);
  });
  it('gives no name key without a company, and nothing for an empty record', () => {
    expect(identityKeys({ ...emptyFields(), fullName: 'Jane Doe' })).toEqual([]);
    expect(identityKeys({ ...emptyFields(), company: 'Acme' })).toEqual([]);
  });
});

describe('phoneKey', () => {
  it('compares numbers by digits, keeping the international +', () => {
    expect(phoneKey('+1 (415) 555-0100')).toBe('+14155550100');
    expect(phoneKey('415.555.0100')).toBe('4155550100');
  });
});

describe('createProspect', () => {
  it('starts at stage new with the draft as first and only source', () => {
    const draft = makeDraft({ fullName: 'Ada Ashgrove', title: 'CTO' }, { capturedAt: 5 });
    const p = createProspect(draft, 'p1', 10);
    expect(p).toMatchObject({ id: 'p1', stage: 'new', fullName: 'Ada Ashgrove', title: 'CTO', createdAt: 10, updatedAt: 10 });
    expect(p.sources).toEqual([draft.source]);
    expect(p.fieldSources).toEqual({ fullName: 'linkedin', title: 'linkedin' });
    // No shared references with the draft.
    p.emails.push('x@y.example');
    expect(draft.fields.emails).toEqual([]);
  });
});

describe('mergeProspect', () => {
  const base = () => createProspect(makeDraft({
    fullName: 'Ada Ashgrove', title: 'CTO', company: 'Northwind Labs', emails: ['ada@northwind.example'],
    phones: [{ number: '+14155550100', label: 'office' }], tags: ['Conference'], notes: 'Met at the fair.',
    profiles: { linkedin: 'https://www.linkedin.com/in/ada' }, location: { city: 'Lyon', country: 'France' },
  }, { url: 'https://www.linkedin.com/in/ada', capturedAt: 100 }), 'p1', 100);

  it('takes newer non-empty scalars and records exactly what changed', () => {
    const existing = { ...base(), stage: 'qualified' as const };
    const draft = makeDraft({ fullName: 'Ada Ashgrove', title: 'Chief Technology Officer', company: '' },
      { url: 'https://github.com/ada', site: 'github', capturedAt: 200 }, 'github');
    const { prospect, changes } = mergeProspect(existing, draft, 300);
    expect(prospect.title).toBe('Chief Technology Officer');
    expect(prospect.company).toBe('Northwind Labs'); // empty draft value never erases
    expect(prospect.stage).toBe('qualified');
    expect(prospect.fieldSources.title).toBe('github');
    expect(prospect.fieldSources.company).toBe('linkedin');
    expect(changes).toEqual([{ field: 'title', before: 'CTO', after: 'Chief Technology Officer' }]);
    expect(prospect.sources.map((s) => s.site)).toEqual(['linkedin', 'github']);
    expect(prospect.source.site).toBe('linkedin');
    expect(prospect.updatedAt).toBe(300);
    expect(existing.title).toBe('CTO'); // input untouched
  });

  it('an older capture only fills empty fields', () => {
    const draft = makeDraft({ title: 'Engineer', industry: 'Software' }, { capturedAt: 50, url: 'import:old.csv', site: 'import' }, 'import');
    const { prospect, changes } = mergeProspect(base(), draft, 300);
    expect(prospect.title).toBe('CTO');
    expect(prospect.industry).toBe('Software');
    expect(changes.map((c) => c.field)).toEqual(['industry']);
  });

  it('does not overwrite a value the rep typed by hand with a capture', () => {
    const existing = base();
    existing.title = 'Chief Architect';
    existing.fieldSources.title = 'manual';
    const { prospect } = mergeProspect(existing, makeDraft({ title: 'CTO again' }, { capturedAt: 500 }), 600);
    expect(prospect.title).toBe('Chief Architect');
    const byHand = mergeProspect(existing, makeDraft({ title: 'Principal' }, { capturedAt: 500 }, 'manual'), 600);
    expect(byHand.prospect.title).toBe('Principal');
  });

  it('unions emails (case-insensitive), phones (by digits) and tags; merges profiles per network', () => {
    const draft = makeDraft({
      emails: ['ADA@northwind.example', 'ada.a@personal.example'],
      phones: [{ number: '+1 415 555 0100' }, { number: '+33 4 72 00 00 00', label: 'mobile' }],
      tags: ['conference', 'VIP'],
      profiles: { linkedin: 'https://de.linkedin.com/in/ada/', github: 'https://github.com/ada' },
    }, { capturedAt: 200 });
    const { prospect, changes } = mergeProspect(base(), draft, 300);
    expect(prospect.emails).toEqual(['ada@northwind.example', 'ada.a@personal.example']);
    expect(prospect.phones).toEqual([
      { number: '+14155550100', label: 'office' },
      { number: '+33 4 72 00 00 00', label: 'mobile' },
    ]);
    expect(prospect.tags).toEqual(['Conference', 'VIP']);
    expect(prospect.profiles).toEqual({ linkedin: 'https://www.linkedin.com/in/ada', github: 'https://github.com/ada' });
    expect(changes.map((c) => c.field).sort()).toEqual(['emails', 'phones', 'profiles', 'tags']);
  });

  it('appends a different note once and keeps the same note once', () => {
    const once = mergeProspect(base(), makeDraft({ notes: 'Asked for pricing.' }, { capturedAt: 200 }), 300).prospect;
    expect(once.notes).toBe('Met at the fair.\n\nAsked for pricing.');
    const again = mergeProspect(once, makeDraft({ notes: 'Asked for pricing.' }, { capturedAt: 400 }), 500);
    expect(again.prospect.notes).toBe(once.notes);
    expect(again.changes).toEqual([]);
  });

  it('treats seniority "unknown" as empty and replaces location as a whole', () => {
    const existing = { ...base(), seniority: 'c_suite' as const };
    const { prospect } = mergeProspect(existing, makeDraft({ seniority: 'unknown', location: { raw: 'Paris Area' } }, { capturedAt: 200 }), 300);
    expect(prospect.seniority).toBe('c_suite');
    expect(prospect.location).toEqual({ raw: 'Paris Area' });
    const empty = mergeProspect(existing, makeDraft({ location: { city: ' ' } }, { capturedAt: 200 }), 300);
    expect(empty.prospect.location).toEqual({ city: 'Lyon', country: 'France' });
  });

  it('does not add the same source twice', () => {
    const p = base();
    const { prospect } = mergeProspect(p, makeDraft({}, p.source), 300);
    expect(prospect.sources).toHaveLength(1);
  });
});

describe('profilesConflict / keyMatchHolds', () => {
  const jane1 = { profiles: { linkedin: 'https://www.linkedin.com/in/jane-doe-1' } };
  const jane2 = { profiles: { linkedin: 'https://linkedin.com/in/jane-doe-2/' } };
  it('two profiles on one network with different URLs are different people', () => {
    expect(profilesConflict(jane1, jane2)).toBe(true);
    expect(profilesConflict(jane1, { profiles: { linkedin: 'https://de.linkedin.com/in/Jane-Doe-1/' } })).toBe(false);
    expect(profilesConflict(jane1, { profiles: { github: 'https://github.com/jd' } })).toBe(false);
    expect(profilesConflict(jane1, { profiles: {} })).toBe(false);
  });
  it('only a name+company match can be refused', () => {
    expect(keyMatchHolds('name:jane doe|acme', jane1, jane2)).toBe(false);
    expect(keyMatchHolds('email:jane@acme.example', jane1, jane2)).toBe(true);
    expect(keyMatchHolds('name:jane doe|acme', jane1, { profiles: {} })).toBe(true);
  });
});

describe('mergeProspect records only real changes', () => {
  it('the same place written with its parts in another order is no change (the timeline would show X → X)', () => {
    const stored = createProspect(makeDraft({ fullName: 'Lea Ward', location: { city: 'San Francisco', region: 'CA', country: 'US' } }), 'p1', 1);
    const again = makeDraft({ fullName: 'Lea Ward', location: { country: 'US', city: 'San Francisco', region: 'CA' } }, { capturedAt: 5_000 });
    expect(mergeProspect(stored, again, 5_000).changes).toEqual([]);
  });
});
