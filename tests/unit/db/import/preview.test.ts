import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../../src/db/import/preview';
import { companyNotInFile } from '../../../../src/db/import/column-mapping';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../fixtures/import', name), 'utf8');

describe('previewImport with real export shapes', () => {
  it('reads a HubSpot export: names, phones in E.164, location, stage', () => {
    const preview = previewImport(fixture('hubspot-contacts.csv'));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.validCount).toBe(3);
    const [avery, nadia, gideon] = preview.rows.map((r) => r.fields!);
    expect(avery).toMatchObject({
      fullName: 'Avery Hartwell', firstName: 'Avery', lastName: 'Hartwell', title: 'VP of Sales', company: 'Lumen Freight',
      emails: ['avery.hartwell@lumenfreight.example'], website: 'https://lumenfreight.example',
      location: { city: 'Riverton', region: 'WY', country: 'United States' },
      profiles: { linkedin: 'https://www.linkedin.com/in/avery-hartwell-lf' },
    });
    expect(avery!.phones).toEqual([
      expect.objectContaining({ number: '+14155550101', label: 'office' }),
      expect.objectContaining({ number: '+16285550144', label: 'mobile' }),
    ]);
    expect(preview.rows[0]!.stage).toBe('qualified');
    expect(nadia!.website).toBe('https://kestrelhealth.example');
    expect(nadia!.phones).toHaveLength(1);
    expect(gideon!.company).toBe('Pinecrest Analytics, Inc.');
    expect(preview.rows[2]!.stage).toBe('won');
  });

  it('reads Salesforce, Pipedrive, Sales Navigator and Apollo exports', () => {
    const sf = previewImport(fixture('salesforce-contacts.csv'));
    expect(sf.validCount).toBe(2);
    expect(sf.rows[0]!.fields).toMatchObject({ namePrefix: 'Dr.', fullName: 'Priya Lindqvist', company: 'Ironbark Logistics', notes: 'Asked about fleet tracking, call after Q2' });
    expect(sf.rows[0]!.fields!.phones[0]!.number).toBe('+442079460958');

    const pd = previewImport(fixture('pipedrive-people.csv'));
    expect(pd.validCount).toBe(2);
    expect(pd.rows[0]!.fields).toMatchObject({
      fullName: 'Talia Quarles', company: 'Copperleaf Biotech GmbH', title: 'Head of Customer Success',
      emails: ['talia@copperleaf.example', 'talia.q@mailbox.example'], tags: ['Hot lead'],
    });
    expect(pd.rows[0]!.fields!.phones.map((p) => p.label)).toEqual(['office', 'mobile']);

    const sn = previewImport(fixture('sales-navigator.csv'));
    expect(sn.rows.map((r) => r.fields!.profiles.linkedin)).toEqual([
      'https://www.linkedin.com/sales/lead/ACwAAA-fictional-1', 'https://linkedin.com/in/jonas-whitcombe-nf',
    ]);
    expect(sn.rows[0]!.fields!.location).toEqual({ city: 'Porto', country: 'Portugal', raw: 'Porto, Portugal' });

    const apollo = previewImport(fixture('apollo-people.csv'));
    expect(apollo.validCount).toBe(2);
    const [rosa, umar] = apollo.rows.map((r) => r.fields!);
    expect(rosa).toMatchObject({ company: 'Redwood Capital Partners, LLC', companySize: 51, industry: 'Financial Services', website: 'http://www.redwoodcap.example' });
    // The person's own numbers first, the company's switchboard ("Corporate Phone") last.
    expect(rosa!.phones.map((p) => [p.label, p.number])).toEqual([['mobile', '+16465550111'], ['direct', '+12125550112'], ['office', '+12125550100']]);
    expect(umar!.companySize).toBe(1200);
  });
});

describe('numbered phones with a kind column beside them', () => {
  it('reads "Phone 1" + "Phone 1 Type" (Keap, skip-tracing and generic exports) as Google\'s "- Value" + "- Type"', () => {
    const preview = previewImport('First Name,Last Name,Phone 1,Phone 1 Type,Phone 2,Phone 2 Type,Phone 3,Phone 3 Type,Country\n'
      + 'Ada,Byrne,(415) 555-0102,Mobile,(415) 555-0103,Fax,(415) 555-0104,Home,United States\n');
    expect(preview.mapping['Phone 1 Type']).toBeNull();
    expect(preview.rows[0]!.fields!.phones.map((p) => `${p.label} ${p.number}`)).toEqual(['mobile +14155550102', 'home +14155550104']);
  });
});

describe('previewImport row errors', () => {
  it('reports each bad row with a reason and finds duplicates inside the file', () => {
    const preview = previewImport(fixture('mixed-errors.csv'));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.validCount).toBe(2);
    expect(preview.errorCount).toBe(4);
    const errors = Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.index, r.errors]));
    expect(errors).toEqual({
      1: ['Email "not-an-email" is not a valid email address.'],
      2: ['Company size "lots" is not a number.'],
      3: ['The row has no name, email or profile URL.'],
      5: ['Profile URL "https://not a url at all" is not a valid URL.'],
    });
    expect(preview.rows[4]!.duplicateOf).toBe(0);
    expect(preview.duplicatesInFile).toBe(1);
  });

  it('caps a 10 MB cell with a row error, keeping the other rows', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const csv = `Name,Email,Notes\nKenji Ivers,kenji@lumen.example,"${huge}"\nVera Jessup,vera@lumen.example,short\n`;
    const preview = previewImport(csv);
    expect(preview.rows[0]!.errors).toEqual(['The value in column "Notes" is larger than 64 KB (10240 KB).']);
    expect(preview.rows[0]!.fields).toBeUndefined();
    expect(preview.rows[1]!.fields!.notes).toBe('short');
    expect(preview.validCount).toBe(1);
  });

  it('flags a row with more values than headers', () => {
    const preview = previewImport('Name,Email\nKenji Ivers,kenji@lumen.example,extra\nVera Jessup,vera@lumen.example,\n');
    expect(preview.rows[0]!.errors).toEqual(['The row has 3 values but the header has 2 columns.']);
    expect(preview.rows[1]!.errors).toEqual([]);
  });

  it('restores a neutralised cell (our own export) and skips placeholder phones', () => {
    const preview = previewImport("Name,Phone Number,Mobile Phone Number\nKenji Ivers,'+14155550123,n/a\n");
    expect(preview.rows[0]!.fields!.phones).toEqual([expect.objectContaining({ number: '+14155550123' })]);
  });

  it('applies a manual mapping override', () => {
    const preview = previewImport('Who,Mail\nKenji Ivers,kenji@lumen.example\n', { Who: 'fullName', Mail: 'email' });
    expect(preview.mapping).toEqual({ Who: 'fullName', Mail: 'email' });
    expect(preview.rows[0]!.fields).toMatchObject({ fullName: 'Kenji Ivers', emails: ['kenji@lumen.example'] });
  });
});

describe('previewImport file errors (nothing importable)', () => {
  const expectFileError = (input: string | Uint8Array, message: RegExp) => {
    const preview = previewImport(input);
    expect(preview.fileErrors.join(' ')).toMatch(message);
    expect(preview.rows).toEqual([]);
    expect(preview.validCount).toBe(0);
  };

  it('empty file', () => {
    expectFileError('', /The file is empty\./);
    expectFileError('   \n\n', /The file is empty\./);
    expectFileError(new Uint8Array([0xef, 0xbb, 0xbf]), /The file is empty\./);
  });

  it('binary file: NUL bytes', () => {
    expectFileError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binary data/);
    expectFileError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]), /binary data/);
    expectFileError('Name\u0000Email\n', /binary data/);
  });

  it('accepts UTF-8 bytes with a BOM', () => {
    const bytes = new TextEncoder().encode('\ufeffName,Email\nZoë Müller-Brandt,zoe@quartz.example\n');
    const preview = previewImport(bytes);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.headers).toEqual(['Name', 'Email']);
    expect(preview.rows[0]!.fields!.fullName).toBe('Zoë Müller-Brandt');
  });

  it('no usable header', () => {
    expectFileError('Shoe Size,Favourite Colour\n42,blue\n', /No column looks like a name, an email or a profile URL/);
    expectFileError('Name,Email\n', /header but no rows/);
  });

  it('unbalanced quotes', () => {
    expectFileError(fixture('unbalanced-quotes.csv'), /Unbalanced quotes/);
  });

  it('a mapping naming a column the file does not have', () => {
    const preview = previewImport('Name\nKenji\n', { Email: 'email' });
    expect(preview.fileErrors).toEqual(['The mapping names a column "Email" that the file does not have.']);
  });
});

describe('previewImport on real-world file shapes', () => {
  it('finds the header row past a preamble (LinkedIn Connections.csv starts with a "Notes:" block)', () => {
    const csv = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
      + 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
      + 'Ada,Quill,https://www.linkedin.com/in/ada-quill-fict,,Quill Works,CTO,01 Jan 2024\n';
    const preview = previewImport(csv);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.format).toBe('linkedin-connections');
    expect(preview.skippedBefore).toBe(2);
    expect(preview.rows[0]!.fields).toMatchObject({ fullName: 'Ada Quill', title: 'CTO', profiles: { linkedin: 'https://www.linkedin.com/in/ada-quill-fict' } });
  });

  it('imports a file whose header names repeat, keeping every column', () => {
    const preview = previewImport(fixture('duplicate-headers.csv'));
    expect(preview.fileErrors).toEqual([]);
    expect(preview.headers).toEqual(['First Name', 'Last Name', 'Email', 'email (2)']);
    expect(preview.rows[0]!.fields!.emails).toEqual(['cleo@foxglove.example', 'cleo2@foxglove.example']);
  });

  it('names an empty header by its position and ignores that column', () => {
    const preview = previewImport('First Name,,Email\nAda,x,ada@quill.example\n');
    expect(preview.headers).toEqual(['First Name', 'Column 2', 'Email']);
    expect(preview.mapping['Column 2']).toBeNull();
    expect(preview.validCount).toBe(1);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(previewImport('Vorname;Nachname;E-Mail;Firma\nJürgen;Weiß;jw@rhein.example;Rhein AG\n').rows[0]!.fields)
      .toMatchObject({ emails: ['jw@rhein.example'] });
    expect(previewImport('Name;Email;Company\nAda Quill;ada@quill.example;Quill Works\n').rows[0]!.fields).toMatchObject({ fullName: 'Ada Quill', company: 'Quill Works' });
    expect(previewImport('Name\tEmail\tTitle\nKim Park\tkim@park.example\tCFO\n').rows[0]!.fields).toMatchObject({ fullName: 'Kim Park', title: 'CFO' });
  });

  it('decodes UTF-16 LE and BE with a byte-order mark, and Windows-1252', () => {
    const text = 'Name,Email\nZoë Müller,zoe@quartz.example\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const cp1252 = new Uint8Array(Buffer.from(text, 'latin1'));
    for (const bytes of [le, be, cp1252]) expect(previewImport(bytes).rows[0]!.fields!.fullName).toBe('Zoë Müller');
    expect(previewImport(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x80, 0x41])).rows[0]!.fields!.fullName).toBe('€A');
  });

  it("strips Excel's leading apostrophe from numbers but keeps names like 't Hooft", () => {
    const preview = previewImport("First Name,Last Name,Mobile,# Employees\nGerard,'t Hooft,'+31 6 12345678,'250\n");
    expect(preview.rows[0]!.fields).toMatchObject({ lastName: "'t Hooft", companySize: 250 });
    expect(preview.rows[0]!.fields!.phones[0]!.number).toBe('+31612345678');
  });

  it('moves an honorific out of the title and keeps a company page out of the profiles', () => {
    const preview = previewImport('Name,Title,LinkedIn\nAda Quill,Dr.,https://www.linkedin.com/company/quill-works\n');
    expect(preview.rows[0]!.fields).toMatchObject({ namePrefix: 'Dr.', profiles: {} });
    expect(preview.rows[0]!.fields!.title).toBeUndefined();
  });

  it('ignores a report footer after the table', () => {
    const preview = previewImport('"First Name","Last Name","Account Name"\n"Ada","Quill","Quill Works"\n""\n"Confidential Information - Do Not Distribute"\n');
    expect(preview.validCount).toBe(1);
    expect(preview.errorCount).toBe(0);
    expect(preview.trailer).toEqual(['Confidential Information - Do Not Distribute']);
  });

  it('splits a free-text Location column, or a whole location in the Country column, into city, region and country', () => {
    const preview = previewImport([
      'First Name,Last Name,Email,Location,Country',
      'Camille,Roux,camille@example.com,"Lyon, Auvergne-Rhône-Alpes, France",',
      'Jonas,Berg,jonas@example.com,,"München, Bayern, Deutschland"',
      'Ada,Quinn,ada@example.com,Greater Boston Area,',
    ].join('\n'));
    expect(preview.rows.map((r) => r.fields!.location)).toEqual([
      { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France', raw: 'Lyon, Auvergne-Rhône-Alpes, France' },
      { city: 'München', region: 'Bayern', country: 'Deutschland', raw: 'München, Bayern, Deutschland' },
      { region: 'Greater Boston Area', raw: 'Greater Boston Area' },
    ]);
  });

  it('names the account ID column of an extract that has no company column', () => {
    const loader = previewImport(fixture('salesforce-dataloader.csv'));
    expect(companyNotInFile(loader.headers, loader.mapping)).toEqual({ accountIdColumn: 'ACCOUNTID' });
    const hubspot = previewImport(fixture('hubspot-all-properties.csv'));
    expect(companyNotInFile(hubspot.headers, hubspot.mapping)).toBeUndefined();
  });
});
