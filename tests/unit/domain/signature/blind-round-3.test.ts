// Defects the third blind corpus round showed (tests/corpus/email/PROVENANCE.md), each with a small example we wrote:
// reply headers in more languages and wrapped over two lines, a role mailbox that is nobody, a name written in capitals
// under the first name of the sign-off, and a name introduced by two slashes.
import { describe, expect, it } from 'vitest';
import { newestPart } from '../../../../src/domain/signature/newest-part';
import { parseSignature } from '../../../../src/domain/signature/parse-signature';
import { personFromMessage } from '../../../../src/domain/email/person-from-message';

describe('reply headers the newest part ends at', () => {
  it('ends at a Ukrainian reply header ("… пише:")', () => {
    const text = 'Дякую, все працює.\n\n12 бер. 2026 р. 10:02 "Olena" <olena@example.org> пише:\n\n> Привіт, перевірте будь ласка.';
    expect(newestPart(text).text).toBe('Дякую, все працює.');
  });

  it('ends at a Russian reply header in the present tense ("… пишет:")', () => {
    const text = 'Спасибо!\n\n12 марта 2026 г., 10:02 "Ivan" <ivan@example.org> пишет:\n\n> Посмотрите, пожалуйста.';
    expect(newestPart(text).text).toBe('Спасибо!');
  });

  it('ends at a Dutch reply header wrapped over two lines ("Op … schreef … het\\nvolgende geschreven:")', () => {
    const text = 'Ik kijk er volgende week naar.\nOp 3 mrt. 2026 10:02 schreef "Pieter" <pieter@example.org> het\nvolgende geschreven:\n\n> Kun je dit bekijken?';
    expect(newestPart(text).text).toBe('Ik kijk er volgende week naar.');
  });
});

describe('who is not a person', () => {
  it('does not make a person of a role mailbox alone in a bare body (no name anywhere)', () => {
    const body = 'Works for me.\n\nQuestions? Write to noreply@example.com or info@example.com';
    expect(personFromMessage({}, body)).toBeUndefined();
  });

  it('still takes a role mailbox that sits under a signed name', () => {
    const person = personFromMessage({}, 'Works for me.\n\nBest,\nNora Quist\ninfo@example.com');
    expect(person?.fields.fullName).toBe('Nora Quist');
    expect(person?.fields.emails).toEqual(['info@example.com']);
  });
});

describe('names in the signature', () => {
  it('takes the full name written in capitals under the first name of the sign-off', () => {
    const parsed = parseSignature('Adjunto el documento.\n\nSaludos cordiales,\nBeatriz\n\n\nBEATRIZ SOLANO\n\nE. beatriz@example.es\nT. +34 91 555 01 23');
    expect(parsed.name).toBe('Beatriz Solano');
  });

  it('reads a name introduced by two slashes under a sign-off ("Best regards,\\n\\n//Jef")', () => {
    const parsed = parseSignature('We would like to try it on a small scale first.\n\nBest regards,\n\n//Mads');
    expect(parsed.name).toBe('Mads');
  });

  it('reads a name introduced by two slashes with no sign-off', () => {
    const parsed = parseSignature('We would like to try it on a small scale first.\n\n//Mads Holm');
    expect(parsed.name).toBe('Mads Holm');
  });
});

describe('closing phrases are never the name', () => {
  const body = 'Thanks for the call yesterday, the proposal looks good to us.\nLet us talk next week about the details.\n\n';
  const cases: Array<[string, string]> = [
    ['English', 'Thanks in advance,'], ['English', 'Rgds,'], ['English', 'BR,'], ['English', 'Warmly,'], ['English', 'Yours,'],
    ['English', 'Greetings,'], ['English', 'Have a nice day,'], ['English', 'Thanks and kind regards,'],
    ['German', 'Herzlichst,'], ['German', 'Servus,'], ['German', 'Danke und Gruß'], ['German', 'Schöne Grüße aus Köln'],
    ['French', 'Bien à toi,'], ['French', 'Salutations distinguées,'], ["French", "Merci d'avance,"], ['French', 'Amitiés,'],
    ['Spanish', 'Un saludo cordial,'], ['Spanish', 'Gracias de antemano,'], ['Spanish', 'Atte.,'], ['Spanish', 'Saludos desde Sevilla,'],
    ['Portuguese', 'Forte abraço,'], ['Portuguese', 'Bjs,'], ['Dutch', 'Groetjes,'], ['Dutch', 'Gr.,'], ['Dutch', 'Hartelijk dank,'],
    ['Italian', 'Un abbraccio,'], ['Italian', 'Ciao,'], ['Italian', 'Buona serata,'], ['Danish', 'Venlige hilsner'],
    ['Danish', 'Mange hilsner'], ['Norwegian', 'Beste hilsener'], ['Norwegian', 'Hilsner'], ['Swedish', 'Allt gott,'],
    ['Swedish', 'Kram,'], ['Swedish', 'Tack på förhand,'],
  ];
  for (const [language, signOff] of cases) {
    it(`reads the name under a ${language} "${signOff}"`, () => {
      const parsed = parseSignature(`${body}${signOff}\nAnna Lindqvist\nHead of Procurement\nNordlicht AB`);
      expect(parsed.name).toBe('Anna Lindqvist');
      expect(parsed.title).toBe('Head of Procurement');
    });
  }
});

describe('"sent from" lines in more forms', () => {
  const body = 'Thanks for the call yesterday, the proposal looks good to us.\n\nThanks,\nJan\n\n';
  for (const line of [
    'Verstuurd vanaf mijn iPhone', 'Diese Nachricht wurde von meinem Android-Mobiltelefon mit K-9 Mail gesendet.',
    '(Sent from mobile device)', '<<Sent from my tablet>>', '從我的 iPhone 傳送',
  ]) {
    it(`drops "${line}"`, () => {
      expect(parseSignature(`${body}${line}`).signatureText).toBe('Jan');
    });
  }
});

describe('titles, companies and phone labels as the ten languages write them', () => {
  const cases: Array<[string, string, string, string, string]> = [
    // language, sign-off, title, company, phone line
    ['Italian', 'Cordiali saluti', 'Responsabile Acquisti', 'Romano S.p.A.', 'Cell. +39 347 123 4567'],
    ['Italian', 'Saluti', 'Direttore Commerciale', 'Bianchi Srl', 'Cellulare +39 347 123 4567'],
    ['Norwegian', 'Med vennlig hilsen', 'Daglig leder', 'Fjord Data ASA', 'Mobil: +47 912 34 567'],
    ['Danish', 'Med venlig hilsen', 'Administrerende direktør', 'Nordisk Stål ApS', 'Mobil: +45 21 23 45 67'],
    ['Swedish', 'Med vänliga hälsningar', 'VD', 'Svea Bygg AB', 'Mobil: +46 70 123 45 67'],
    ['Dutch', 'Met vriendelijke groet', 'Inkoper', 'Jansen Techniek V.O.F.', 'Mobiel: +31 6 12345678'],
    ['Portuguese', 'Atenciosamente', 'Diretora Comercial', 'Silva & Filhos Ltda.', 'Telemóvel: +351 912 345 678'],
    ['Portuguese', 'Cumprimentos', 'Engenheiro de Vendas', 'Costa Lda', 'Telemóvel: +351 912 345 678'],
    ['French', 'Cordialement', 'Acheteuse', 'Petit Frères SARL', 'Portable : +33 6 12 34 56 78'],
    ['Spanish', 'Saludos', 'Comprador', 'Ruiz Hermanos S.A.', 'Móvil: +34 612 34 56 78'],
  ];
  for (const [language, signOff, title, company, phone] of cases) {
    it(`reads a ${language} title "${title}", company "${company}" and mobile number`, () => {
      const parsed = parseSignature(`Thanks for the meeting.\n\n${signOff}\nKari Nordmann\n${title}\n${company}\n${phone}`);
      expect(parsed.name).toBe('Kari Nordmann');
      expect(parsed.title).toBe(title);
      expect(parsed.company).toBe(company);
      expect(parsed.phones.map((p) => p.label)).toEqual(['mobile']);
    });
  }

  for (const label of ['Tlf.', 'Tlf', 'Telefoon', 'Tfn', 'Telefone']) {
    it(`reads "${label}" as an office number's label`, () => {
      const parsed = parseSignature(`Tak.\n\nMed venlig hilsen\nSøren Madsen\n${label} +45 33 12 34 56`);
      expect(parsed.phones).toEqual([expect.objectContaining({ label: 'office' })]);
    });
  }
});

describe('"Name | Title" with no sign-off and no contact line', () => {
  it('reads the name and title of a pipe line closing the message', () => {
    const parsed = parseSignature('Please review the figures before Friday.\n\nAnna Berg | CFO\nBerg Consulting AB');
    expect(parsed.name).toBe('Anna Berg');
    expect(parsed.title).toBe('CFO');
    expect(parsed.company).toBe('Berg Consulting AB');
  });

  it('does not read a pipe line of prose words as a signature', () => {
    const parsed = parseSignature('Please review the figures before Friday.\n\nBudget | Forecast\nSee the tabs');
    expect(parsed.name).toBeUndefined();
  });
});
