import { describe, expect, it } from 'vitest';
import { newestPart } from '../../../../src/domain/signature/newest-part';
import { parseSelection } from '../../../../src/domain/signature/parse-selection';
import { parseSignature } from '../../../../src/domain/signature/parse-signature';
import { companyFromEmail, countryFromEmail, isFreeMail } from '../../../../src/domain/signature/email-domain';

describe('newestPart', () => {
  it('cuts at an English reply header, even when the client wrapped it', () => {
    const text = 'Sounds good.\n\nOn Tue, Mar 3, 2026 at 10:02 AM Jane Doe <\njane@acme.example.com> wrote:\n\nOld text';
    expect(newestPart(text)).toEqual({ text: 'Sounds good.', cutAt: 'reply-header' });
  });

  it('cuts at German, French and Spanish reply headers', () => {
    expect(newestPart('Passt.\n\nAm 03.03.2026 um 10:02 schrieb Jane Doe <jane@x.example>:\nalt').text).toBe('Passt.');
    expect(newestPart('Noté.\n\nLe mar. 3 mars 2026 à 10:02, Jane <jane@x.example> a écrit :\nancien').text).toBe('Noté.');
    expect(newestPart('Vale.\n\nEl lun, 2 mar 2026 a las 18:30, Ana (<ana@x.example>) escribió:\nviejo').text).toBe('Vale.');
  });

  it('does not mistake a sentence for a reply header', () => {
    const text = 'On that note, the team wrote:\nthree ideas below.';
    expect(newestPart(text)).toEqual({ text });
  });

  it('cuts at Outlook header blocks in English and German, with or without the rule above them', () => {
    const en = 'See below.\n\n________________________________\nFrom: Dan <dan@x.example>\nSent: Monday\nTo: Me\nSubject: Hi\n\nbody';
    expect(newestPart(en)).toEqual({ text: 'See below.', cutAt: 'outlook-header' });
    const de = 'Siehe unten.\n\nVon: Julia <j@x.example>\nGesendet: Montag, 2. März 2026 09:14\nAn: Felix\nBetreff: Rechnung';
    expect(newestPart(de)).toEqual({ text: 'Siehe unten.', cutAt: 'outlook-header' });
  });

  it('keeps a "From:" line in the body that is not a header block', () => {
    const text = 'From: the desk of the CEO, a quick update.\nWe are growing.';
    expect(newestPart(text).text).toBe(text);
  });

  it('cuts at original-message and forwarded-message markers', () => {
    expect(newestPart('Approved.\n-----Original Message-----\nFrom: x').cutAt).toBe('original-message');
    expect(newestPart('FYI\n---------- Forwarded message ---------\nFrom: x').cutAt).toBe('forward');
    expect(newestPart('FYI\n\nBegin forwarded message:\n\nFrom: x').cutAt).toBe('forward');
    expect(newestPart('Zur Info\n---------- Weitergeleitete Nachricht ----------\nVon: x').cutAt).toBe('forward');
  });

  it('keeps the newest text of a bottom-posted reply and drops the quoted lines', () => {
    const text = 'On Wed, Mar 4, 2026 at 9:00 AM Rosa <rosa@x.example> wrote:\n> Can you send it?\n> Rosa\n\nSure, attached.\nIan';
    expect(newestPart(text)).toEqual({ text: 'Sure, attached.\nIan', cutAt: 'quote' });
  });
});

describe('parseSignature', () => {
  it('never reads the quoted sender as the author', () => {
    const body = [
      'Yes.', '', 'On Mon, Mar 2, 2026 at 4:15 PM Ben Carter <ben@orbitly.example.com> wrote:',
      '> Best,', '> Ben Carter', '> Chief Revenue Officer | Orbitly', '> +1 617 555 0123',
    ].join('\n');
    const parsed = parseSignature(body, { name: 'Nina Alvarez', email: 'nina@gmail.com' });
    expect(parsed.name).toBeUndefined();
    expect(parsed.title).toBeUndefined();
    expect(parsed.phones).toEqual([]);
    expect(parsed.company).toBeUndefined();
  });

  it('does not take a "Thanks for…" sentence in the body as a sign-off', () => {
    const body = 'Thanks for the quick reply.\nI will send the contract tomorrow and we can review it then.';
    const parsed = parseSignature(body, { email: 'x@gmail.com' });
    expect(parsed.signatureText).toBe('');
    expect(parsed.confidence).toBe(0);
  });

  it('reads a name written on the sign-off line and completes it from the header', () => {
    const parsed = parseSignature('Works for me.\n\nCheers, Jane', { name: 'Jane Doe', email: 'jane@acme.example.com' });
    expect(parsed.name).toBe('Jane Doe');
    expect(parsed.company).toBe('Acme');
    expect(parsed.inferred).toEqual(['company']);
  });

  it('uses the phone country implied by another number or the address for national numbers', () => {
    const body = 'Best,\nPaul Girard\nIngénieur commercial, Lumen SAS\nT: +33 1 99 00 12 34\nM: 06 12 34 56 78';
    const parsed = parseSignature(body, {});
    expect(parsed.phones.map((p) => p.number)).toEqual(['+33199001234', '+33612345678']);
    expect(parsed.phones.map((p) => p.label)).toEqual(['office', 'mobile']);
  });

  it('drops legal register lines so "Geschäftsführer: X" is not read as the title', () => {
    const body = 'Grüße\nTom Kunz\nKunz Handel GmbH\nGeschäftsführer: Erika Mustermann\nHRB 99999, Amtsgericht Köln';
    const parsed = parseSignature(body, { name: 'Tom Kunz' });
    expect(parsed.title).toBeUndefined();
    expect(parsed.company).toBe('Kunz Handel GmbH');
    expect(parsed.signatureText).not.toContain('Erika');
  });

  it('keeps a meeting link as the website only when nothing else is there', () => {
    const withSite = parseSignature('Best,\nAl Reed\nSales Lead, Corvid\ncorvid.example.com\nBook a meeting: https://calendly.com/al-fict', {});
    expect(withSite.website).toBe('https://corvid.example.com');
    expect(withSite.inferred).not.toContain('website');
    const onlyMeeting = parseSignature('Best,\nAl Reed\nSales Lead, Corvid\nhttps://calendly.com/al-fict', {});
    expect(onlyMeeting.website).toBe('https://calendly.com/al-fict');
    expect(onlyMeeting.inferred).toContain('website');
  });

  it('returns an empty result for empty or non-text input instead of throwing', () => {
    expect(parseSignature('').phones).toEqual([]);
    expect(parseSignature(undefined as unknown as string).signatureText).toBe('');
  });

  it('gives a higher confidence to a full signature than to a bare name', () => {
    const full = parseSignature('Best,\nJane Doe\nVP Sales, Acme Corp\n+1 415 555 0132', {});
    const bare = parseSignature('ok\n\nBest,\nJane', {});
    expect(full.confidence).toBeGreaterThan(bare.confidence);
    expect(full.confidence).toBeLessThanOrEqual(1);
  });
});

describe('hostile input', () => {
  it('finishes on huge lines, runs of spaces and endless digits', () => {
    const inputs = [
      `Best,\n${' '.repeat(100_000)}x`,
      '1 '.repeat(50_000),
      `a@${'a.'.repeat(50_000)}!`,
      Array.from({ length: 5_000 }, (_, i) => `Line ${i} +1 415 555 0${String(i % 1000).padStart(3, '0')}`).join('\n'),
    ];
    for (const input of inputs) {
      // Catastrophic backtracking would run for minutes: the test's own timeout catches it; no timing is asserted.
      expect(parseSignature(input, { name: 'Jane Doe', email: 'jane@acme.example.com' })).toBeDefined();
      expect(parseSelection(input)).toBeDefined();
    }
  });
});

describe('parseSelection', () => {
  it('reads "Name, Title at Company"', () => {
    expect(parseSelection('Jane Doe, VP Sales at Acme Corp')).toMatchObject({
      name: 'Jane Doe', title: 'VP Sales', company: 'Acme Corp',
    });
  });

  it('reads a name with an address, guessing the company from a work domain', () => {
    const parsed = parseSelection('"Jane Doe" <jane@acme-robotics.example.com>');
    expect(parsed).toMatchObject({ name: 'Jane Doe', emails: ['jane@acme-robotics.example.com'], company: 'Acme Robotics' });
    expect(parsed.inferred).toEqual(['company']);
  });

  it('reads a pasted signature block, skipping a leading sign-off', () => {
    const parsed = parseSelection('Kind regards,\nOlivia Grant\nDirector of Procurement\nHarborview Health\nM: +1 312 555 0119');
    expect(parsed).toMatchObject({ name: 'Olivia Grant', title: 'Director of Procurement', company: 'Harborview Health' });
    expect(parsed.phones).toEqual([{ number: '+13125550119', raw: '+1 312 555 0119', label: 'mobile' }]);
  });

  it('does not invent a person from an arbitrary sentence', () => {
    const parsed = parseSelection('The quarterly numbers look strong, and we expect growth to continue.');
    expect(parsed.name).toBeUndefined();
    expect(parsed.title).toBeUndefined();
    expect(parsed.confidence).toBe(0);
  });
});

describe('email domains', () => {
  it('guesses a company only from work domains', () => {
    expect(companyFromEmail('a@northwind-traders.co.uk')).toBe('Northwind Traders');
    expect(companyFromEmail('a@ibm.com')).toBe('IBM');
    expect(companyFromEmail('a@gmail.com')).toBeUndefined();
    expect(companyFromEmail('not an email')).toBeUndefined();
    expect(isFreeMail('x@web.de')).toBe(true);
    expect(countryFromEmail('x@firma.de')).toBe('DE');
    expect(countryFromEmail('x@firma.com')).toBeUndefined();
  });
});
