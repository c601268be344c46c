import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../../src/db/import/preview';
import { prepareCard, vCardTable } from '../../../../src/db/import/vcard';

describe('vCard import', () => {
  it('rewrites vCard 2.1 bare parameters and quoted-printable values in their charset', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=F6rg M=FCller\r\nTEL;WORK;VOICE:+49 351 5550 100\r\nEND:VCARD\r\n';
    const text = prepareCard(card);
    expect(text).toContain('FN:Jörg Müller');
    expect(text).toContain('TEL;TYPE=WORK,VOICE:+49 351 5550 100');
  });

  it('unescapes Google\'s "https\\://" and takes a LinkedIn URL as the profile, not the website', () => {
    const preview = previewImport('BEGIN:VCARD\nVERSION:3.0\nFN:Ada Quill\nN:Quill;Ada;;;\nURL:https\\://www.linkedin.com/in/ada-quill-fict\nEND:VCARD\n');
    expect(preview.format).toBe('vcard');
    expect(preview.rows[0]!.fields).toMatchObject({ fullName: 'Ada Quill', profiles: { linkedin: 'https://www.linkedin.com/in/ada-quill-fict' } });
    expect(preview.rows[0]!.fields!.website).toBeUndefined();
  });

  it('keeps a card it cannot parse as a row with its name and a note, and reads the others', () => {
    const { rows, headers } = vCardTable('BEGIN:VCARD\nVERSION:3.0\nFN:Broken Card\nTEL;TYPE="unterminated:123\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Kim Park\nEMAIL:kim@park.example\nEND:VCARD\n');
    expect(rows).toHaveLength(2);
    const column = (name: string) => headers.indexOf(name);
    expect(rows[0]![column('Full Name')]).toBe('Broken Card');
    expect(rows[0]![column('Notes')]).toMatch(/could not be read/);
    expect(rows[1]![column('Email')]).toBe('kim@park.example');
  });

  it("keeps the formatted name's capitals when the structured name is the same name in other case (BlackBerry's N:Doe;john)", () => {
    const { headers, rows } = vCardTable('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:John Doe\r\nN:Doe;john;;;\r\nEND:VCARD\r\n');
    expect(rows[0]![headers.indexOf('Full Name')]).toBe('John Doe');
    const other = vCardTable('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. John Q. Doe\r\nN:Doe;John;Q.;Mr.;\r\nEND:VCARD\r\n');
    expect(other.rows[0]![other.headers.indexOf('Full Name')]).toBe('');
  });

  it('skips fax and pager numbers and labels cell and home numbers', () => {
    const preview = previewImport('BEGIN:VCARD\nVERSION:3.0\nFN:Kim Park\nN:Park;Kim;;;\nADR;TYPE=WORK:;;1 Main St;Boston;MA;02110;United States\n'
      + 'TEL;TYPE=FAX:+1 202-555-0100\nTEL;TYPE=CELL:+1 202-555-0101\nTEL;TYPE=HOME:+1 202-555-0102\nEND:VCARD\n');
    expect(preview.rows[0]!.fields!.phones.map((p) => `${p.label} ${p.number}`)).toEqual(['mobile +12025550101', 'home +12025550102']);
  });

  const phonesOf = (text: string) => previewImport(text).rows[0]!.fields!.phones.map((p) => `${p.label} ${p.number}`);

  it("reads Apple's grouped properties (item1.EMAIL, item2.URL) and repeated type= parameters", () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'PRODID:-//Apple Inc.//iOS 17.1//EN', 'N:Quill;Ada;;Dr.;', 'FN:Dr. Ada Quill', 'ORG:Quill Labs;Research',
      'item1.EMAIL;type=INTERNET;type=pref:ada@quill.example', 'TEL;type=CELL;type=VOICE;type=pref:+1 202-555-0161', 'TEL;type=WORK;type=VOICE:+1 202-555-0162',
      'item2.URL;type=pref:https\\://quill.example', 'item2.X-ABLabel:_$!<HomePage>!$_', 'END:VCARD', ''].join('\r\n');
    const fields = previewImport(card).rows[0]!.fields!;
    expect(fields).toMatchObject({ fullName: 'Ada Quill', namePrefix: 'Dr.', company: 'Quill Labs', emails: ['ada@quill.example'], website: 'https://quill.example' });
    expect(fields.phones.map((p) => `${p.label} ${p.number}`)).toEqual(['office +12025550162', 'mobile +12025550161']);
  });

  it('reads a file whose lines end in a doubled carriage return (\\r\\r\\n)', () => {
    const card = 'BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Park;Kim;;;\r\r\nORG:Park & Co;Sales\r\r\nEMAIL;type=INTERNET:kim@park.example\r\r\nEND:VCARD\r\r\n';
    expect(previewImport(card).rows[0]!.fields).toMatchObject({ fullName: 'Kim Park', company: 'Park & Co', emails: ['kim@park.example'] });
  });

  it("takes an assistant's number (X-ABLabel) for nobody's, and an X-ABLabel mobile as the mobile", () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Park;Kim;;;', 'ADR;type=WORK:;;1 Main St;Boston;MA;02110;USA',
      'item1.TEL:+1 202-555-0171', 'item1.X-ABLabel:_$!<AssistantPhone>!$_', 'item2.TEL:+1 202-555-0172', 'item2.X-ABLabel:_$!<Mobile>!$_',
      'TEL;type=WORK:+1 202-555-0173', 'END:VCARD', ''].join('\n');
    expect(phonesOf(card)).toEqual(['office +12025550173', 'mobile +12025550172']);
  });

  it("reads Apple's bare BASE64 photo parameter without losing the card", () => {
    const card = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Park;Kim;;;', 'TITLE:Head of Sales', 'PHOTO;BASE64:', '  /9j/4AAQSkZJRgABAQAAAQABAAD', '  AqACAAQAAAABAAABAKADAAQ',
      'EMAIL;type=INTERNET;type=WORK:kim@park.example', 'END:VCARD', ''].join('\r\n');
    expect(previewImport(card).rows[0]!.fields).toMatchObject({ fullName: 'Kim Park', title: 'Head of Sales', emails: ['kim@park.example'] });
  });

  it('joins a vCard 2.1 quoted-printable value that runs over several soft line breaks, and skips blank lines', () => {
    const card = ['BEGIN:VCARD', 'VERSION:2.1', 'N;LANGUAGE=en-us:Park;Kim;;Ms.;', 'ORG:Park & Co;Sales', 'TITLE:Buyer',
      'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0A=', 'second line=0D=0A=', 'third line', 'TEL;WORK;VOICE:+1 202-555-0181', 'KEY;X509;ENCODING=BASE64:',
      ' MIIB/jCCAWugAwIBAgIQ', '', 'EMAIL;PREF;INTERNET:kim@park.example', 'END:VCARD', ''].join('\r\n');
    const fields = previewImport(card).rows[0]!.fields!;
    expect(fields).toMatchObject({ fullName: 'Kim Park', namePrefix: 'Ms.', company: 'Park & Co', title: 'Buyer', emails: ['kim@park.example'] });
    expect(fields.notes).toBe('First line\nsecond line\nthird line');
    expect(fields.phones.map((p) => p.number)).toEqual(['+12025550181']);
  });

  it('keeps one website when a card has several URLs: the work one first', () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nN:Park;Kim;;;\nURL;TYPE=HOME:http://kim.example\nURL;TYPE=WORK:http://park.example\nEND:VCARD\n';
    const preview = previewImport(card);
    expect(preview.rows[0]!.errors).toEqual([]);
    expect(preview.rows[0]!.fields!.website).toBe('http://park.example');
  });
});
