import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../../src/db/import/preview';
import { normalizeLegacy, vCardTable } from '../../../../src/db/import/vcard';

describe('vCard import', () => {
  it('rewrites vCard 2.1 bare parameters and quoted-printable values in their charset', () => {
    const card = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=F6rg M=FCller\r\nTEL;WORK;VOICE:+49 351 5550 100\r\nEND:VCARD\r\n';
    const text = normalizeLegacy(card);
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

  it('skips fax and pager numbers and labels cell and home numbers', () => {
    const preview = previewImport('BEGIN:VCARD\nVERSION:3.0\nFN:Kim Park\nN:Park;Kim;;;\nADR;TYPE=WORK:;;1 Main St;Boston;MA;02110;United States\n'
      + 'TEL;TYPE=FAX:+1 202-555-0100\nTEL;TYPE=CELL:+1 202-555-0101\nTEL;TYPE=HOME:+1 202-555-0102\nEND:VCARD\n');
    expect(preview.rows[0]!.fields!.phones.map((p) => `${p.label} ${p.number}`)).toEqual(['mobile +12025550101', 'home +12025550102']);
  });
});
