// Bare bodies with no header: the sender's signature must be found in many languages and layouts, and nobody else
// (a person named in the body, a quoted sender, a mailing list, the rep) may be taken instead.
import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../../../src/domain/signature/parse-signature';
import { parseSelection } from '../../../../src/domain/signature/parse-selection';
import { newestPart } from '../../../../src/domain/signature/newest-part';
import { parseTextMessage } from '../../../../src/domain/email/parse-eml';
import { personFromMessage } from '../../../../src/domain/email/person-from-message';

const body = 'Thanks for the call yesterday, the proposal looks good to us.\nLet us talk next week about the details.\n\n';

describe('sign-offs in ten languages', () => {
  const cases: Array<[string, string]> = [
    ['English', 'Kind regards,'],
    ['German', 'Mit freundlichen Grüßen'],
    ['French', 'Bien cordialement,'],
    ['Spanish', 'Un saludo,'],
    ['Portuguese', 'Atenciosamente,'],
    ['Portuguese', 'Cumprimentos,'],
    ['Dutch', 'Met vriendelijke groet,'],
    ['Italian', 'Cordiali saluti,'],
    ['Danish', 'Med venlig hilsen'],
    ['Norwegian', 'Med vennlig hilsen'],
    ['Swedish', 'Med vänliga hälsningar'],
    ['Swedish', 'Mvh,'],
    ['Polish', 'Pozdrawiam,'],
  ];
  for (const [language, signOff] of cases) {
    it(`finds the name and title under a ${language} sign-off ("${signOff}")`, () => {
      const parsed = parseSignature(`${body}${signOff}\nAnna Lindqvist\nHead of Procurement\nNordlicht AB`);
      expect(parsed.name).toBe('Anna Lindqvist');
      expect(parsed.title).toBe('Head of Procurement');
      expect(parsed.company).toBe('Nordlicht AB');
    });
  }

  it('reads a bilingual sign-off on one line', () => {
    const parsed = parseSignature(`${body}Best regards / Mit freundlichen Grüßen\nJonas Weber\nVertriebsleiter\nWeber Maschinenbau GmbH`);
    expect(parsed.name).toBe('Jonas Weber');
    expect(parsed.title).toBe('Vertriebsleiter');
    expect(parsed.company).toBe('Weber Maschinenbau GmbH');
  });

  it('takes a name written after a sign-off in Danish and a short first name alone', () => {
    expect(parseSignature('Hej,\n\nSvar.\n\nKh\nPeter').name).toBe('Peter');
    expect(parseSignature('Hej Hanne,\n\nJeg har modtaget filerne.\n\nHilsen\nSøren').name).toBe('Søren');
  });
});

describe('layouts without a sign-off', () => {
  it('reads a "Name | Title | Company" pipe line', () => {
    const parsed = parseSignature(`${body}Lucía Fernández | Directora Comercial | Grupo Andaluz SL\nM: +34 612 345 678`);
    expect(parsed.name).toBe('Lucía Fernández');
    expect(parsed.title).toBe('Directora Comercial');
    expect(parsed.company).toBe('Grupo Andaluz SL');
    expect(parsed.phones[0]).toMatchObject({ number: '+34612345678', label: 'mobile' });
  });

  it('takes a lone name on the last line after the text', () => {
    expect(parseSignature('Great thanks Bort, going for a test now.\nBraxton\n\nSent from Mail for Windows 10').name).toBe('Braxton');
  });

  it('takes a "-Name" or "/Name" line under the text', () => {
    expect(parseSignature('Ik gebruik momenteel de Java HTTP API.\n\n-Maarten de Jong').name).toBe('Maarten de Jong');
    expect(parseSignature('lets keep in touch and will update you once I am available\n\n/John').name).toBe('John');
  });

  it('ignores a mailing-list footer under the signature', () => {
    const text = 'I am currently using the Java HTTP API.\n\n-Abhishek Kona\n\n\n_______________________________________________\nriak-users mailing list\nriak-users@lists.basho.com\nhttp://lists.basho.com/mailman/listinfo/riak-users_lists.basho.com';
    const parsed = parseSignature(text);
    expect(parsed.name).toBe('Abhishek Kona');
    expect(parsed.emails).toEqual([]);
    expect(parsed.website).toBeUndefined();
  });
});

describe('people who are not the sender', () => {
  it('never takes a person only mentioned in the body', () => {
    const parsed = parseSignature('I spoke with John Smith from Acme yesterday.\nHe will send the contract on Monday.');
    expect(parsed.name).toBeUndefined();
  });

  it('cuts quoted senders under reply headers in other languages', () => {
    for (const header of [
      'Den 24. nov. 2025 kl. 10.00 skrev Peter Petersen <peter@example.com>:',
      'tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com>:',
      'Em 10 de julho de 2017 às 16:32:35, John Doe (contact@example.com) escreveu:',
      'In data 11 ottobre 2017 21:11:31 "John Doe" <john@example.com> ha scritto:',
      'Op 12 december 2016 19:05 schreef Company Questions <questions@example.com>:',
      'Dnia 28 lutego 2023 14:00 Anna Nowak <anna.nowak@example.com> napisał(a):',
      '30.09.2017, 18.30, "John - Doe" <john@example.net>:',
      '---- On Wed, 24 Feb 2021 14:02:50 +0530 john@example.org wrote ----',
    ]) {
      expect(newestPart(`Svar.\n\n${header}\n\nHej, old text\nPeter`).text, header).toBe('Svar.');
    }
  });

  it('never takes the rep\'s own name, even from their own sign-off', () => {
    const parsed = parseSignature(`${body}Best,\nMaria Lopez\nAccount Executive`, {}, { ownNames: ['Maria Lopez'] });
    expect(parsed.name).toBeUndefined();
    expect(parsed.title).toBeUndefined();
  });

  it('a body with no headers and only a quoted sender gives no person', () => {
    const person = personFromMessage({}, 'Svar.\n\nDen 24. nov. 2025 kl. 10.00 skrev Peter Petersen <peter@example.com>:\n> Hej');
    expect(person).toBeUndefined();
  });
});

describe('pasted headers in more languages', () => {
  it('reads Polish, Danish, Dutch, Italian and Swedish header lines at the top of a pasted message', () => {
    for (const [from, sent] of [['Od', 'Wysłano'], ['Fra', 'Sendt'], ['Van', 'Verzonden'], ['Da', 'Inviato'], ['Från', 'Skickat']]) {
      const message = parseTextMessage(`${from}: Jan Kowalski <jan.kowalski@example.com>\n${sent}: 1 marca 2023 12:00\n\nCzesc Anno,\n\nJan`);
      expect(message.from, from).toEqual({ name: 'Jan Kowalski', email: 'jan.kowalski@example.com' });
    }
  });

  it('keeps a From header that names the sender without an address', () => {
    expect(parseTextMessage('From: Сергей Обухов\nДобрый день.').from).toEqual({ name: 'Сергей Обухов' });
  });
});

describe('phones in signatures are never dropped', () => {
  it('keeps a labelled number as written when no region makes it valid, and an emoji label', () => {
    const parsed = parseSignature('Thanks for the update!\n\nCheers 🎉\nSarah\n\n—————\nSarah Johnson\nProduct Manager\n📱 +1 555-0123\nFax: 0301234567');
    expect(parsed.name).toBe('Sarah Johnson');
    expect(parsed.phones).toEqual([
      { number: '+1 555-0123', raw: '+1 555-0123', label: 'mobile' },
      { number: '0301234567', raw: '0301234567', label: 'fax' },
    ]);
  });

  it('uses the sign-off language for the region before the rep\'s default country', () => {
    const parsed = parseSignature('Det lyder godt.\n\nMed venlig hilsen\nAnders Andersen\nMobil: 20 12 34 56', {}, { defaultCountry: 'US' });
    expect(parsed.phones[0]).toMatchObject({ number: '+4520123456', label: 'mobile' });
  });

  it('falls back to the rep\'s default country for a national number', () => {
    const parsed = parseSignature('See you then.\n\nBest,\nAnna Berg\nM: 0171 1234567', {}, { defaultCountry: 'DE' });
    expect(parsed.phones[0]).toMatchObject({ number: '+491711234567', label: 'mobile' });
  });
});

describe('Capture selection on a whole body', () => {
  it('finds the sender\'s signature, not a person named in the text', () => {
    const text = 'Hi Tom,\n\nI spoke with John Smith from Globex yesterday and he agreed to the pilot.\nCan we meet on Thursday?\n\nMet vriendelijke groet,\nSanne de Vries\nInkoopmanager\nVries Logistiek B.V.\nT: 020 123 4567';
    const parsed = parseSelection(text, { defaultCountry: 'NL' });
    expect(parsed.name).toBe('Sanne de Vries');
    expect(parsed.title).toBe('Inkoopmanager');
    expect(parsed.company).toBe('Vries Logistiek B.V.');
    expect(parsed.phones[0]).toMatchObject({ number: '+31201234567', label: 'office' });
  });

  it('never takes the rep\'s own signature from a selection', () => {
    expect(parseSelection('Maria Lopez\nAccount Executive\nSegue', { ownNames: ['Maria Lopez'] }).name).toBeUndefined();
  });

  it('still reads a short selected block as a whole', () => {
    expect(parseSelection('Jane Doe <jane@acme.example.com>').name).toBe('Jane Doe');
    expect(parseSelection('Tomás Ruiz | CTO | Andes Labs').title).toBe('CTO');
  });
});

describe('reply headers in non-Latin scripts', () => {
  it('cuts Russian and Ukrainian reply headers', () => {
    expect(newestPart('Добре.\n\n29 грудня 2017 р. о 19:09 <support@example.com> написав:\n> Ticket answered').text).toBe('Добре.');
    expect(newestPart('Да.\n\nср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com> написал:\n> привет').text).toBe('Да.');
  });
});

describe('double-spaced signatures and names ending a sentence', () => {
  it('finds a delimiter above a signature with a blank line between every line', () => {
    const text = `${body}----------------\n\nJohn Doe\n\nAccount Manager\n\nNordhaus Consulting\n\nt. 202-555-0128\n\nf. 202-555-0122\n\nskype: jdoe\n\nhttp://nordhaus.example.com/\n\nhttp://www.linkedin.com/in/jdoe`;
    const parsed = parseSignature(text, {}, { defaultCountry: 'US' });
    expect(parsed.name).toBe('John Doe');
    expect(parsed.title).toBe('Account Manager');
    expect(parsed.phones.map((p) => p.label)).toEqual(['office', 'fax']);
  });

  it('drops a full stop after a lone name', () => {
    expect(parseSignature('It still will not work, can you help me with this order please?\n\nPerson Person.').name).toBe('Person Person');
  });
});

describe('phone labels and internal extensions as older corporate signatures write them', () => {
  it('reads a label written after the number ("202.555.0140 cell", "… home", "… work")', () => {
    const parsed = parseSignature(`${body}Thanks,\nCarole Frank\n202.555.0187 work\n202.555.0140 cell\n202-555-0171 home`, {}, { defaultCountry: 'US' });
    expect(parsed.phones.map((p) => [p.number, p.label])).toEqual([
      ['+12025550187', 'office'], ['+12025550140', 'mobile'], ['+12025550171', 'home'],
    ]);
  });

  it('keeps a label that is separated from its number by a wide gap ("Fax:      202-555-0158")', () => {
    const parsed = parseSignature(`${body}Jim Griffin\nManager, Gas Transmission Marketing\nPhone:  202-555-0179\nFax:      202-555-0158`, {}, { defaultCountry: 'US' });
    expect(parsed.phones.map((p) => p.label)).toEqual(['office', 'fax']);
  });

  it('finds a name above an internal extension line ("Stephane\\nx6721", "Diane\\nx-37059")', () => {
    expect(parseSignature('Call me if you have any questions.\n\nStephane\nx6721').name).toBe('Stephane');
    expect(parseSignature('Here is the schedule I received from Phillip.\n\nDiane\nx-37059').name).toBe('Diane');
    expect(parseSignature(`${body}Thanks,\nCecil John\nX3-6259`).name).toBe('Cecil John');
  });

  it('does not read a bare word after a number in prose as its label', () => {
    const parsed = parseSignature(`${body}Jane Doe\nAcme Inc.\n202-555-0143 Berlin`, {}, { defaultCountry: 'US' });
    expect(parsed.phones[0]?.label).toBeUndefined();
  });
});
