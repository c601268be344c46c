import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toStored, type SegueDatabase } from '../../../../src/db/database';
import { CallsRepo } from '../../../../src/db/calls-repo';
import { previewImport } from '../../../../src/db/import/preview';
import { ProspectsRepo } from '../../../../src/db/prospects-repo';
import { makeDraft } from '../../../support/db/drafts';
import { generateProspects } from '../../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../../support/db/test-db';
import { CALL_CSV_HEADERS, PROSPECT_CSV_HEADERS, exportCallsCsv, exportProspectsCsv, prospectCsvRow, toCsvText } from '../../../../src/db/export/csv-export';
import { neutralizeCell, restoreNeutralized } from '../../../../src/db/export/neutralize';
import { collectText } from '../../../../src/db/export/paging';
import { NotesRepo } from '../../../../src/db/notes-repo';
import { runImport } from '../../../../src/db/import/run-import';

let db: SegueDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(closeDatabases);

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('neutralizeCell', () => {
  it('prefixes a quote to cells a spreadsheet would run as a formula', () => {
    expect(neutralizeCell('=HYPERLINK("http://evil.example","click")')).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(neutralizeCell('-2+3')).toBe("'-2+3");
    expect(neutralizeCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(neutralizeCell('\t=1+1')).toBe("'\t=1+1");
    expect(neutralizeCell('\r=1+1')).toBe("'\r=1+1");
    expect(neutralizeCell('\0=1+1')).toBe("'\0=1+1");
    expect(neutralizeCell('  =1+1')).toBe("'  =1+1");
    expect(neutralizeCell('+1 415 555 0100 =cmd|"/c calc"!A1')).toBe('\'+1 415 555 0100 =cmd|"/c calc"!A1');
    expect(neutralizeCell('+1-800-FLOWERS')).toBe("'+1-800-FLOWERS");
    expect(neutralizeCell('+1+cmd|" /C calc"!A0')).toBe('\'+1+cmd|" /C calc"!A0');
    expect(neutralizeCell('-1+1')).toBe("'-1+1");
    expect(neutralizeCell('@')).toBe("'@");
    expect(neutralizeCell('Jane = CEO')).toBe('Jane = CEO');
    expect(neutralizeCell('')).toBe('');
    expect(restoreNeutralized("'=1+1")).toBe('=1+1');
    expect(restoreNeutralized("'Tis the season")).toBe("'Tis the season");
  });

  it('keeps values that are plainly phone numbers, dates or amounts as they are (a CRM would store the quote)', () => {
    for (const plain of [
      '+14155550100', '+1 415 555 0100', '+1 (415) 555-0100', '+44 20 7946 0958', '+33 1.23.45.67.89', '+1 415 555 0100 x123',
      '+1 415-555-0100 ext. 45', '-42', '-42.50', '-1,200.00', '+1,200', '-$1,200.50', '-€99', '-0.5', '+3',
      '2026-12-07', '2026-12-07T12:00:00.000Z', '07/12/2026',
    ]) expect(neutralizeCell(plain), plain).toBe(plain);
  });
});

describe('prospect CSV', () => {
  it('writes HubSpot headers, one row per prospect, neutralising formula cells', async () => {
    const repo = new ProspectsRepo(db, () => 1000);
    await repo.saveDraft(makeDraft({
      fullName: 'Mallory Evilcorp', firstName: 'Mallory', lastName: 'Evilcorp', company: '=cmd|"/c calc"!A1',
      title: '@SUM(1+1)', emails: ['mallory@evil.example', 'm2@evil.example'], notes: 'Line 1\nLine "2", with comma',
      phones: [{ number: '+14155550100', label: 'office' }, { number: '+16285550111', label: 'mobile' }],
      profiles: { linkedin: 'https://www.linkedin.com/in/mallory' }, tags: ['a', 'b'], location: { raw: 'Bay Area' },
    }));
    const text = await collectText(exportProspectsCsv(db));
    const [header, row] = parse(text);
    expect(header).toEqual([...PROSPECT_CSV_HEADERS]);
    const cell = (name: (typeof PROSPECT_CSV_HEADERS)[number]) => row![PROSPECT_CSV_HEADERS.indexOf(name)];
    expect(cell('Company Name')).toBe('\'=cmd|"/c calc"!A1');
    expect(cell('Job Title')).toBe("'@SUM(1+1)");
    expect(cell('Phone Number')).toBe('+14155550100');
    expect(cell('Mobile Phone Number')).toBe('+16285550111');
    expect(cell('Email')).toBe('mallory@evil.example');
    expect(cell('Additional Emails')).toBe('m2@evil.example');
    expect(cell('Notes')).toBe('Line 1\nLine "2", with comma');
    expect(cell('Country/Region')).toBe('Bay Area');
    expect(cell('Lifecycle Stage')).toBe('lead');
    expect(cell('Segue Stage')).toBe('new');
    expect(cell('Tags')).toBe('a; b');
    for (const value of row!) if (!/^\+\d+$/.test(value)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('pages through the table and re-imports to the same people', async () => {
    const people = generateProspects(250, 9);
    await db.prospects.bulkPut(people.map((p) => toStored({ ...p, segmentIds: [] })));
    const pieces: string[] = [];
    for await (const piece of exportProspectsCsv(db, { pageSize: 100 })) pieces.push(piece);
    expect(pieces).toHaveLength(5); // header, 3 pages, final newline
    const text = pieces.join('');
    expect(parse(text)).toHaveLength(251);

    const preview = previewImport(text);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.validCount).toBe(250);
    const byEmail = new Map(people.map((p) => [p.emails[0] ?? p.profiles.linkedin, p]));
    for (const row of preview.rows) {
      const original = byEmail.get(row.fields!.emails[0] ?? row.fields!.profiles.linkedin!)!;
      expect(row.fields).toMatchObject({
        fullName: original.fullName, title: original.title, company: original.company, companySize: original.companySize,
        location: original.location, profiles: original.profiles, phones: original.phones.map((p) => expect.objectContaining(p)),
      });
      expect(row.stage).toBe(original.stage);
    }
  });
});

describe('calls CSV', () => {
  it('lists calls with the prospect name and readable outcome and duration', async () => {
    const { prospect } = await new ProspectsRepo(db).saveDraft(makeDraft({ fullName: 'Greta Thorne', company: 'Juniper Labs', emails: ['greta@juniper.example'] }));
    const startedAt = Date.UTC(2026, 2, 3, 14, 5);
    await new CallsRepo(db).log({ prospectId: prospect.id, outcome: 'meeting_booked', startedAt, durationSec: 754, notes: '-Wants a demo', phone: '+14155550100', followUpAt: startedAt + 86_400_000, nextStep: 'Send invite' });
    const [header, row] = parse(await collectText(exportCallsCsv(db)));
    expect(header).toEqual([...CALL_CSV_HEADERS]);
    expect(row).toEqual([
      '2026-03-03T14:05:00.000Z', 'Greta', 'Thorne', 'greta@juniper.example', 'Juniper Labs', '+14155550100',
      'Meeting booked', '754', '12:34', "'-Wants a demo", 'Send invite', '2026-03-04T14:05:00.000Z',
    ]);
  });
});

describe('toCsvText', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(toCsvText([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain');
    expect(prospectCsvRow({ ...generateProspects(1, 1)[0]!, firstName: undefined, lastName: undefined, fullName: 'Cher' }).slice(0, 2)).toEqual(['Cher', '']);
  });
});

describe('CSV a CRM reads', () => {
  it('a formula anywhere at the start of a cell is neutralized; phone numbers arrive without a quote', () => {
    const text = toCsvText([['=HYPERLINK("http://evil.example","x")', '+14155550100', '-1,200.00', '@SUM(1+1)', '+1 415 555 0100 x12']]);
    expect(parse(text)[0]).toEqual(['\'=HYPERLINK("http://evil.example","x")', '+14155550100', '-1,200.00', "'@SUM(1+1)", '+1 415 555 0100 x12']);
  });
});

describe('notes in the prospect CSV', () => {
  it('the Notes column holds all notes joined, newest first, and importing that file gives the column back as the first note', async () => {
    let now = 1_760_000_000_000;
    const clock = () => now;
    const { prospect } = await new ProspectsRepo(db, clock).saveDraft(makeDraft({ fullName: 'Ines Marlow', emails: ['ines@marlow.example'], notes: 'First: met at expo' }));
    const notes = new NotesRepo(db, clock);
    now += 1000;
    await notes.add(prospect.id, 'Second: wants pricing');
    const csv = await collectText(exportProspectsCsv(db));
    const [header, row] = parse(csv);
    expect(row![header!.indexOf('Notes')]).toBe('Second: wants pricing\n\nFirst: met at expo');

    const other = await freshDatabase();
    await runImport(other, previewImport(csv).rows, { now: 5_000 });
    const [imported] = await other.prospects.toArray();
    expect(imported!.notes).toBe('');
    expect((await new NotesRepo(other).list(imported!.id)).map((n) => [n.at, n.data?.text])).toEqual([[5_000, 'Second: wants pricing\n\nFirst: met at expo']]);
    expect((await new ProspectsRepo(other).search('pricing')).map((p) => p.id)).toEqual([imported!.id]);
  });
});
