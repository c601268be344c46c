// Scores an import preview against an expected file: rows imported and, per field, how many expected values came out right.
import type { ImportPreview } from '../../../src/db/import/preview';
import type { ProspectFields } from '../../../src/domain/prospect';

export interface ExpectedImport {
  /** The export format the file is (informative; the fixture test checks the detected one). */
  format: string;
  /** Rows that must import. */
  rows: number;
  /** Per imported row, in file order: the fields to check. null = must be empty. Phones as "label +E164". */
  people: Record<string, unknown>[];
}

export interface ImportScore {
  rowsExpected: number;
  rowsImported: number;
  /** Field → [right, checked]. */
  fields: Record<string, [number, number]>;
  /** One line per wrong value: "row 2 title: expected … got …". */
  misses: string[];
}

/** What the importer made of one row, in the vocabulary of the expected files. */
export function actualFields(fields: ProspectFields, stage?: string): Record<string, unknown> {
  return {
    fullName: fields.fullName, firstName: fields.firstName, lastName: fields.lastName, namePrefix: fields.namePrefix,
    title: fields.title, company: fields.company, companyDomain: fields.companyDomain, industry: fields.industry,
    companySize: fields.companySize, emails: fields.emails, phones: fields.phones.map((p) => `${p.label ?? 'other'} ${p.number}`),
    linkedin: fields.profiles.linkedin, x: fields.profiles.x, github: fields.profiles.github, website: fields.website,
    city: fields.location?.city, region: fields.location?.region, country: fields.location?.country, location: fields.location?.raw,
    tags: fields.tags, notes: fields.notes, stage,
  };
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Whether an imported value is the expected one; null expects nothing, a missing list counts as empty. */
export function fieldRight(expected: unknown, got: unknown): boolean {
  return expected === null ? empty(got) : JSON.stringify(got ?? (Array.isArray(expected) ? [] : undefined)) === JSON.stringify(expected);
}

export function scoreImport(preview: ImportPreview, expected: ExpectedImport): ImportScore {
  const imported = preview.rows.filter((r) => r.fields && r.errors.length === 0);
  const score: ImportScore = { rowsExpected: expected.rows, rowsImported: imported.length, fields: {}, misses: [] };
  expected.people.forEach((want, i) => {
    const row = imported[i];
    const got = row ? actualFields(row.fields!, row.stage) : {};
    for (const [field, value] of Object.entries(want)) {
      const tally = (score.fields[field] ??= [0, 0]);
      tally[1]++;
      if (fieldRight(value, got[field])) tally[0]++;
      else score.misses.push(`row ${i + 1} ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[field])}`);
    }
  });
  return score;
}
