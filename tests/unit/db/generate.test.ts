import { describe, expect, it } from 'vitest';
import { identityKeys } from '../../../src/domain/merge';
import { STAGES } from '../../../src/domain/prospect';
import { previewImport } from '../../../src/db/import/preview';
import { generateProspects, toCsv } from '../../support/db/generate';

describe('generateProspects', () => {
  it('is deterministic per seed and different across seeds', () => {
    expect(generateProspects(50, 7)).toEqual(generateProspects(50, 7));
    expect(generateProspects(50, 8)[0]!.fullName + generateProspects(50, 8)[1]!.fullName)
      .not.toBe(generateProspects(50, 7)[0]!.fullName + generateProspects(50, 7)[1]!.fullName);
  });

  it('produces realistic, well-formed, distinct people on reserved domains', () => {
    const people = generateProspects(2000, 1);
    const profiles = new Set(people.map((p) => p.profiles.linkedin));
    expect(profiles.size).toBe(2000);
    for (const p of people) {
      expect(p.fullName).toBe(`${p.firstName} ${p.lastName}`);
      expect(STAGES).toContain(p.stage);
      for (const e of p.emails) expect(e).toMatch(/^[a-z0-9.-]+@[a-z0-9]+\.example$/);
      for (const ph of p.phones) expect(ph.number).toMatch(/^\+1\d{3}555\d{4}$/);
      expect(identityKeys(p).length).toBeGreaterThanOrEqual(2);
    }
    expect(people.filter((p) => p.emails.length === 0).length).toBeGreaterThan(100);
    expect(new Set(people.map((p) => p.stage)).size).toBe(STAGES.length);
  });

  it('toCsv gives a file the importer reads back completely', () => {
    const csv = toCsv(generateProspects(300, 5));
    const preview = previewImport(csv);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.validCount).toBe(300);
    expect(preview.errorCount).toBe(0);
  });
});
