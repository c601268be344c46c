// Defects the fourth blind corpus round showed (tests/corpus/email/PROVENANCE.md: messages that do have a sender's
// signature), each with a small example we wrote: Lotus Notes forward lines and reply headers, phone labels written
// after the number or as whole words, web-mail advertisement footers and attachment lists under a signature, more
// disclaimer openings, and a capitalised word under a cut-off reply header read as a first name.
import { describe, expect, it } from 'vitest';
import { newestPart } from '../../../../src/domain/signature/newest-part';
import { parseSignature } from '../../../../src/domain/signature/parse-signature';
import { personFromMessage } from '../../../../src/domain/email/person-from-message';

const phonesOf = (body: string) => parseSignature(body, {}, { defaultCountry: 'US' }).phones.map((p) => `${p.number}${p.label ? `/${p.label}` : ''}`);

describe('Lotus Notes headers end the newest part', () => {
  it('ends at a "----- Forwarded by … -----" line', () => {
    const body = 'Nadia Ferro\nAcme Energy Services\n202-555-0143 (office)\n\n----- Forwarded by Nadia Ferro/HOU/ACME on 03/02/2026 09:40 AM -----\n\n'
      + '\tOtto Brenner@ACME\n\t03/01/2026 04:03 PM\n\t\t To: Nadia Ferro/HOU/ACME@ACME\n\t\t cc: \n\t\t Subject: Rates\n\nHere they are.\nOtto';
    expect(newestPart(body).text).toBe('Nadia Ferro\nAcme Energy Services\n202-555-0143 (office)');
  });

  it('ends at a forward line wrapped over two lines', () => {
    const body = 'FYI\n\n---------------------- Forwarded by Nadia Ferro/HOU/ACME on 03/02/2026 \n09:40 AM ---------------------------\n\nOtto Brenner wrote the rates.';
    expect(newestPart(body).text).toBe('FYI');
  });

  it('ends at an indented reply header: name, date and time, then To:, cc: and Subject:', () => {
    const body = 'Fine by me.\n\nNadia\n\n\tOtto Brenner\n\t03/01/2026 04:03 PM\n\t\t To: Nadia Ferro/HOU/ACME@ACME\n\t\t cc: \n\t\t Subject: Rates\n\nCan you check?\nThanks,\nOtto';
    expect(newestPart(body).text).toBe('Fine by me.\n\nNadia');
  });

  it('ends at an unindented reply header and at "Name <address> on date time"', () => {
    const plain = 'Yes.\nNadia Ferro\nTrading Desk\n202-555-0158\n\nOtto Brenner\n03/23/2026 06:19 AM\nTo: Nadia Ferro/PDX/ACME@ACME\ncc:\nSubject: Two questions\n\nIs this a repeat?\nOtto';
    expect(newestPart(plain).text).toBe('Yes.\nNadia Ferro\nTrading Desk\n202-555-0158');
    const named = 'Agreed.\n\n"Brenner, Otto" <otto@example.org> on 03/27/2026 01:23:04 AM\nTo: "nadia@example.com" <nadia@example.com>\ncc:\nSubject: RE: Thesis\n\nHi Nadia';
    expect(newestPart(named).text).toBe('Agreed.');
  });

  it('takes the signature above a forwarded note, not the forwarded sender', () => {
    const body = 'Take care.\n\nNadia Ferro\nAcme Energy Services\n202-555-0145 Office\n\n----- Forwarded by Nadia Ferro/ACME on 11/09/2025 01:26 PM -----\n\n\tOtto Brenner\n\t11/08/2025 04:59 PM\n\t\t To: All Staff\n\t\t Subject: News\n\nRegards,\nOtto Brenner';
    const person = personFromMessage({ email: 'n.ferro@example.com' }, body, { defaultCountry: 'US' });
    expect(person?.fields.fullName).toBe('Nadia Ferro');
    expect(person?.fields.phones?.map((p) => p.number)).toEqual(['+12025550145']);
  });
});

describe('phone labels', () => {
  it('reads a two-letter label after the number ("ph", "ph.")', () => {
    expect(phonesOf('Thanks,\nNadia Ferro\n(202) 555-0144 ph\n(202) 555-0132 fax')).toEqual(['+12025550144/office', '+12025550132/fax']);
    expect(phonesOf('Thanks,\nNadia Ferro\n(202) 555-0185 ph.\n(202) 555-0135 fax')).toEqual(['+12025550185/office', '+12025550135/fax']);
  });

  it('reads "Voice", "Facsimile" and "Telephone No." as labels', () => {
    expect(phonesOf('Thanks,\nNadia Ferro\nVoice:  (202) 555-0129\nFacsimile: (202) 555-0141')).toEqual(['+12025550129/office', '+12025550141/fax']);
    expect(phonesOf('Thanks,\nNadia Ferro\n202-555-0194 (telephone)\n202-555-0128 (facsimile)')).toEqual(['+12025550194/office', '+12025550128/fax']);
    expect(phonesOf('Thanks,\nNadia Ferro\nTelephone No.: (202) 555-0114')).toEqual(['+12025550114/office']);
  });
});

describe('what sits under a signature without being part of it', () => {
  it('drops a free web-mail advertisement footer (its link is not the sender\'s website)', () => {
    const yahoo = 'See you on the 14th!\n\nNadia Ferro\n_________________________________________________________\nDo You Yahoo!?\nGet your free @yahoo.com address at http://mail.yahoo.com';
    expect(parseSignature(yahoo).website).toBeUndefined();
    const msn = 'Here is the report.\n\nNadia\n_________________________________________________________________\nGet your FREE download of MSN Explorer at http://explorer.msn.com/intl.asp';
    expect(parseSignature(msn).website).toBeUndefined();
  });

  it('finds a signature with no sign-off above a list of attached files', () => {
    const body = 'Thank you.\n\nNadia S. Ferro\nFerro & Brenner L.L.P.\n1717 Main Street\n(202) 555-0131\nFAX:  (202) 555-0197\n\n - 240786.wpd\n - 240795.wpd\n <<rates.pdf>>\n(See attached file: 23052653.pdf)';
    const parsed = parseSignature(body, {}, { defaultCountry: 'US' });
    expect(parsed.name).toBe('Nadia S. Ferro');
    expect(parsed.company).toBe('Ferro & Brenner L.L.P.');
    expect(parsed.phones.map((p) => p.number)).toEqual(['+12025550131', '+12025550197']);
  });

  it('stops at more disclaimer openings', () => {
    for (const disclaimer of [
      "This message is for the named person's use only.  It may contain\nconfidential information.",
      'The information contained in this electronic mail transmission is\nconfidential.',
      'Confidentiality Note:   This e-mail message and any attachments to it are\nintended only for the named recipients.',
    ]) {
      const body = `Attached is the draft.\n\nNadia Ferro\nSenior Counsel\nAcme Filter Corporation\nTelephone: (202) 555-0114\n\n${disclaimer}`;
      const parsed = parseSignature(body, {}, { defaultCountry: 'US' });
      expect(parsed.name, disclaimer).toBe('Nadia Ferro');
      expect(parsed.title, disclaimer).toBe('Senior Counsel');
    }
  });
});

describe('a cut-off reply header', () => {
  it('ends the newest part at a date-and-time line that names someone, as Gmail writes it without "wrote:"', () => {
    expect(newestPart('Before\n\n2026-03-03 17:21 GMT+01:00 Otto Brenner\n\nAfter').text).toBe('Before');
  });

  it('never takes a capitalised word that opens a sentence for a first name ("After", "Thanks", "Regarding", "Please")', () => {
    for (const word of ['After', 'Before', 'Thanks', 'Regarding', 'Please', 'Also', 'Later']) {
      expect(personFromMessage({}, `Sounds good.\n\n${word}`), word).toBeUndefined();
    }
    expect(personFromMessage({}, 'Sounds good.\n\nBraxton')?.fields.fullName).toBe('Braxton');
  });
});

describe('the company line of a stack with no title', () => {
  it('takes the line right under the name when address or contact lines follow it', () => {
    const body = 'Take care.\n\nNadia Ferro\nAcme Wholesale Services\n1400 Main Street, Suite 12\nHouston, TX  77002\nPh:  (202) 555-0176\nFax: (202) 555-0159';
    expect(parseSignature(body, {}, { defaultCountry: 'US' }).company).toBe('Acme Wholesale Services');
    const short = 'Thanks\n\nNadia Ferro\nBrenner Consultants\n(202) 555-0179 (Office)';
    expect(parseSignature(short, {}, { defaultCountry: 'US' }).company).toBe('Brenner Consultants');
  });

  it('does not take a department, a place or a room code for the company', () => {
    expect(parseSignature('Thanks\n\nNadia Ferro\nResearch Department\n(202) 555-0176').company).toBeUndefined();
    expect(parseSignature('Thanks\n\nNadia Ferro\nBerlin\n+49 30 1234 5678').company).toBeUndefined();
    const room = parseSignature('Thanx.\n\nNadia Ferro\nSenior Counsel\nEB3816\n(202) 555-0122', {}, { defaultCountry: 'US' });
    expect(room.name).toBe('Nadia Ferro');
    expect(room.title).toBe('Senior Counsel');
    expect(room.company).toBeUndefined();
  });
});

describe('titles and labels that are not names', () => {
  it('reads a "… Support" line as a title, never as a name', () => {
    expect(parseSignature('Thanks,\nKate Ferro\nTrading Support\n202-555-0158', {}, { defaultCountry: 'US' }).title).toBe('Trading Support');
    expect(parseSignature('Regards,\nAcmeDirect care\nCustomer Support\nAcme, Inc.\nPh: (202) 555.0174').name).toBeUndefined();
  });

  it('does not take an instant-messenger label ("AOL IM:") or its handle for a name', () => {
    expect(parseSignature('Ok.\n\n--\n(202) 555-0139\nAOL IM:   NadiaF77', {}, { defaultCountry: 'US' }).name).toBeUndefined();
  });
});

describe('a signature table converted from HTML', () => {
  it('joins a label cell with the value under it and skips register lines', () => {
    const body = 'die Gruppen sind angelegt.\n\nMit freundlichen Grüßen\n\nNadia Ferro\nTechnik\n\nTel:\n+49 30 1234 5678\nFax:\n+49 30 1234 5679\nEmail:\nnadia@example.com\nWeb:\nwww.example.com\n'
      + 'Acme Fahrzeug GmbH & Co. KG\nHauptverwaltung\nOststraße 2\n10115 Berlin\n\nAcme Fahrzeug GmbH & Co. KG\nSitz: Berlin, HRA 12345 B\nphG: Acme Verwaltungs GmbH\nSitz: Berlin, HRB 67890 B\nGeschäftsführer: Otto Brenner';
    const parsed = parseSignature(body, {}, { defaultCountry: 'US' });
    expect(parsed.name).toBe('Nadia Ferro');
    expect(parsed.phones.map((p) => `${p.number}/${p.label}`)).toEqual(['+493012345678/office', '+493012345679/fax']);
  });
});

describe('a line under the name with no contact lines', () => {
  it('is not a company (it may be any text after the sign-off)', () => {
    expect(parseSignature('Hello,\n\nAll the best,\n\nNadia\n\nSOME MORE TEXT').company).toBeUndefined();
    expect(parseSignature('Bye,\n\nNadia Ferro\nAcme Wholesale Services').company).toBeUndefined();
  });
});

describe('markings and labels', () => {
  it('reads past a "CONFIDENTIAL:" marking at the top of the message (it opens no disclaimer there)', () => {
    const body = 'CONFIDENTIAL:\nJOINT DEFENSE - ACME\n\nAttached is the complaint.\n\n**************\n\nCONFIDENTIAL\n\nFerro, Brenner & Quist LLP\n600 West Broadway\nSuite 2600\nSan Diego, CA 92101-1043\n(202) 555-0193\n\nThe information contained in this electronic mail transmission is\nconfidential.';
    const parsed = parseSignature(body, {}, { defaultCountry: 'US' });
    expect(parsed.company).toBe('Ferro, Brenner & Quist LLP');
    expect(parsed.phones.map((p) => p.number)).toEqual(['+12025550193']);
    expect(parsed.name).toBeUndefined();
  });

  it('reads "Wireless" after a number as a mobile and a line opening with "Sr." as a title', () => {
    expect(phonesOf('Take care.\nNadia Ferro\nAcme Broadband Services\n202-555-0145 Office\n202-555-0135 Wireless')).toEqual(['+12025550145/office', '+12025550135/mobile']);
    expect(parseSignature('Nadia Ferro\nSr. Human Resource Representative\nX31545').title).toBe('Sr. Human Resource Representative');
    expect(parseSignature('Nadia Ferro\nSr. Human Resource Represenative\n(202) 555-0176').company).toBeUndefined();
  });
});

describe('a sentence that holds a phone number', () => {
  it('is message text, not the first line of the signature under it', () => {
    const body = 'Steve:  I am told that Otto Brenner (011-44-20-7946-0991) and Anna Quist have already been working on this agreement with them.  Regards.  Nadia\n\n'
      + 'Nadia Ferro\nAcme Wholesale Services\n1400 Main Street, EB3801a\nHouston, TX  77002\nPh:  (202) 555-0176';
    const parsed = parseSignature(body, {}, { defaultCountry: 'US' });
    expect(parsed.phones.map((p) => p.number)).toEqual(['+12025550176']);
    expect(parsed.company).toBe('Acme Wholesale Services');
  });
});
