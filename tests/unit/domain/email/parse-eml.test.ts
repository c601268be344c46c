import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/domain/email/html-to-text';
import { decodeEncodedWords, parseAddressList } from '../../../../src/domain/email/mime';
import { looksLikeEml, parseEml, parseTextMessage } from '../../../../src/domain/email/parse-eml';
import { personFromMessage } from '../../../../src/domain/email/person-from-message';

const DIR = resolve(import.meta.dirname, '../../../fixtures/email/eml');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));

describe('RFC 2047 encoded-words and address lists', () => {
  it('decodes B and Q words in UTF-8 and ISO-8859-1, joining adjacent words', async () => {
    expect(decodeEncodedWords('=?UTF-8?B?THVjw61hIEZlcm7DoW5kZXo=?=')).toBe('Lucía Fernández');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?J=FCrgen_M=FCller?=')).toBe('Jürgen Müller');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Angebot_f=FCr?= =?ISO-8859-1?Q?_Sie?=')).toBe('Angebot für Sie');
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9?= today')).toBe('Re: café today');
  });

  it('reads quoted, commented and bare addresses, and commas inside quotes', async () => {
    expect(parseAddressList('"Doe, Jane" <Jane.Doe@Acme.example.com>, bob@x.example (Bob Roe), carol@y.example')).toEqual([
      { name: 'Doe, Jane', email: 'jane.doe@acme.example.com' },
      { name: 'Bob Roe', email: 'bob@x.example' },
      { email: 'carol@y.example' },
    ]);
    expect(parseAddressList('<only@x.example>')).toEqual([{ email: 'only@x.example' }]);
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
  });

});

describe('htmlToText', () => {
  it('turns block tags and <br> into line breaks and decodes entities', async () => {
    const html = '<div>Hi&nbsp;Tom,</div><p>Caf&eacute; &amp; co &#8212; &#x2713;</p><table><tr><td>Jane Doe<br>VP Sales</td></tr></table>';
    expect(htmlToText(html)).toBe('Hi Tom,\nCafé & co — ✓\n\nJane Doe\nVP Sales');
  });

  it('drops style, script and comments, and marks blockquote lines as quoted', async () => {
    const html = '<style>.x{}</style><script>alert(1)</script><!-- hidden -->New text<blockquote type="cite"><div>Old line</div><div>Older</div></blockquote>';
    expect(htmlToText(html)).toBe('New text\n> Old line\n> Older');
  });

  // Catastrophic backtracking would run for minutes: the test's own timeout catches it; no timing is asserted.
  it('finishes on unclosed tags, quotes and comments', async () => {
    for (const html of ['<a '.repeat(100_000), '<a title="'.repeat(50_000), '<!--'.repeat(100_000), `<p>${'x'.repeat(10)}<`.repeat(50_000)]) {
      expect(typeof htmlToText(html)).toBe('string');
    }
    expect(htmlToText('Hello <b>world</b> <a href="x" title="unclosed')).toBe('Hello world');
  });

  it('keeps text that only looks like markup inside attributes out of the output', async () => {
    expect(htmlToText('<a title="<b>not text</b>" href="x">link</a>')).toBe('link');
  });
});

describe('parseEml', () => {
  it('parses a plain UTF-8 message with folded Received headers', async () => {
    const mail = await parseEml(bytes('01-plain-utf8.eml'));
    expect(mail.from).toEqual({ name: 'Jane Doe', email: 'jane.doe@acmecorp.example.com' });
    expect(mail.to).toEqual([{ name: 'Tom Smith', email: 'tom@example.net' }]);
    expect(mail.subject).toBe("Deck from yesterday's call");
    expect(mail.date).toBe('2026-03-03T18:02:11.000Z');
    expect(mail.text).toContain('the call yesterday — the deck');
    expect(mail.html).toBeUndefined();
  });

  it('decodes a base64 HTML-only message and converts it to text without a DOM', async () => {
    const mail = await parseEml(bytes('02-html-only-base64.eml'));
    expect(mail.from).toEqual({ name: 'Lucía Fernández', email: 'lucia.fernandez@solmar.example.es' });
    expect(mail.subject).toBe('Propuesta revisada');
    expect(mail.html).toContain('<b>Lucía Fernández</b>');
    expect(mail.text).toContain('Te envío la propuesta revisada.');
    expect(mail.text).toContain('Móvil: +34 612 34 56 78');
    expect(mail.text).not.toContain('<');
  });

  it('prefers the text part of multipart/alternative and decodes quoted-printable and a folded Q subject', async () => {
    const mail = await parseEml(bytes('03-alternative-quoted-printable.eml'));
    expect(mail.from).toEqual({ name: 'Schmidt, Anna', email: 'a.schmidt@nordwind-logistik.example.de' });
    expect(mail.to[0]).toEqual({ name: 'Jürgen Müller', email: 'j.mueller@example.net' });
    expect(mail.subject).toBe('Angebot für die Lagerlösung (Rev. 2)');
    expect(mail.text).toContain('Mit freundlichen Grüßen');
    expect(mail.text).toContain('Hafenstraße 12, 20457 Hamburg');
    expect(mail.html).toContain('Müller');
  });

  it('decodes an 8-bit ISO-8859-1 body from bytes', async () => {
    const mail = await parseEml(bytes('04-latin1-8bit.eml'));
    expect(mail.subject).toBe('Démonstration');
    expect(mail.text).toContain('Sablonnière SAS');
    expect(mail.text).toContain('Tél : 01 99 00 12 34');
  });

  it('joins format=flowed lines so a wrapped reply header stays one line', async () => {
    const mail = await parseEml(bytes('05-reply-with-quoted-history.eml'));
    expect(mail.text).toContain('cover the security questions too.');
    expect(mail.text).toContain('<ben.carter@orbitly.example.com> wrote:');
  });

  it('skips attachments and attached messages in multipart/mixed', async () => {
    const mail = await parseEml(bytes('06-forward-multipart-mixed.eml'));
    expect(mail.text.startsWith('Adding you here')).toBe(true);
    expect(mail.text).not.toContain('%PDF');
    expect(mail.html).toBe('<div>Adding you here</div>');
  });

  it('accepts text already decoded as UTF-8', async () => {
    const mail = await parseEml(readFileSync(resolve(DIR, '03-alternative-quoted-printable.eml'), 'utf8'));
    expect(mail.subject).toBe('Angebot für die Lagerlösung (Rev. 2)');
    expect(mail.text).toContain('Grüßen');
  });

  it('reads a plain-text message with optional header lines', async () => {
    const withHeaders = await parseEml(readFileSync(resolve(DIR, '07-plain-text-with-headers.txt'), 'utf8'));
    expect(withHeaders.from).toEqual({ name: 'Marcus Bell', email: 'marcus@brightloop.example.io' });
    expect(withHeaders.subject).toBe('Following up');
    expect(withHeaders.text.startsWith('Hey Priya,')).toBe(true);
    const bodyOnly = await parseEml(readFileSync(resolve(DIR, '08-plain-text-signature-only.txt'), 'utf8'));
    expect(bodyOnly.from).toBeUndefined();
    expect(bodyOnly.text.startsWith('Hi,')).toBe(true);
    expect(parseTextMessage('Von: Felix Braun <felix@x.example>\nBetreff: Rechnung\n\nHallo').from).toEqual({ name: 'Felix Braun', email: 'felix@x.example' });
  });

  it('does not mistake a body starting with "From:" prose for headers', async () => {
    expect(looksLikeEml('From the desk of our CEO:\nWe are growing.')).toBe(false);
    expect((await parseEml('')).text).toBe('');
  });

  it('survives a multipart message without a closing boundary or with a missing boundary parameter', async () => {
    const truncated = 'From: a@x.example\nContent-Type: multipart/mixed; boundary=b1\n\n--b1\nContent-Type: text/plain\n\nHello there';
    expect((await parseEml(truncated)).text).toBe('Hello there');
    const noBoundary = 'From: a@x.example\nContent-Type: multipart/mixed\n\n--b1\n\nHello';
    // Without a boundary the body is one text part: kept, not lost.
    expect(await parseEml(noBoundary)).toMatchObject({ from: { email: 'a@x.example' }, text: expect.stringContaining('Hello') });
  });
});

describe('personFromMessage', () => {
  it('takes name and address from the header and the rest from the signature, with sources', async () => {
    const mail = await parseEml(bytes('05-reply-with-quoted-history.eml'));
    const person = personFromMessage(mail.from!, mail.text)!;
    expect(person.fields).toMatchObject({
      fullName: 'Nina Alvarez', firstName: 'Nina', lastName: 'Alvarez', title: 'Senior Account Executive',
      company: 'Fernhill Software', emails: ['nina@fernhill.example.com'],
    });
    expect(person.fields.phones).toEqual([{ number: '+12065550175', raw: '+1 206 555 0175', label: 'direct' }]);
    expect(person.fieldSources).toMatchObject({ fullName: 'email-header', emails: 'email-header', title: 'signature', phones: 'signature' });
    expect(person.fields).toMatchObject({ seniority: 'senior', department: 'sales' });
    expect(person.fieldSources).toMatchObject({ seniority: 'derived', department: 'derived' });
    expect(JSON.stringify(person)).not.toContain('Ben Carter');
  });

  it('prefers the signature name when the header only has a first name or a role mailbox', async () => {
    const body = 'Hi,\n\nBest,\nOwen Price\nData Science Lead\nRidgeway Analytics';
    expect(personFromMessage({ name: 'Owen', email: 'owen@ridgeway.example.com' }, body)?.fields.fullName).toBe('Owen Price');
    const role = personFromMessage({ name: 'Sales Team', email: 'sales@ridgeway.example.com' }, body)!;
    expect(role.fields.fullName).toBe('Owen Price');
    expect(role.fieldSources.fullName).toBe('signature');
  });

  it('marks a company guessed from the email domain as derived', async () => {
    const person = personFromMessage({ name: 'Greg Holt', email: 'greg@ironbridge.example.com' }, 'Yep, send it over.')!;
    expect(person.fields.company).toBe('Ironbridge');
    expect(person.fieldSources.company).toBe('derived');
  });

  it('returns undefined when there is neither an address nor a name', async () => {
    expect(personFromMessage({}, 'the numbers look fine.')).toBeUndefined();
    expect(personFromMessage({ name: 'not-an-address' }, '')).toMatchObject({ fields: { fullName: 'not-an-address' } });
  });
});

describe('readMessage', () => {
  it('decodes a pasted body still in quoted-printable (soft line breaks, =XX bytes)', async () => {
    const { readMessage } = await import('../../../../src/domain/email/sender-of-message');
    const body = 'Thank you, Sonya.\n\nRegards,\n\nChristopher Edwards\n\n\nOn Mon, Jun 3, 2024 at 12:53=E2=80=AFAM Cody Hart <cody@example.com> w=\nrote:\n\n> Hi Christopher,\n> caf=C3=A9 at 10.30?\n';
    const message = await readMessage(body, 'body.txt');
    expect(message.text).toContain('12:53\u202fAM Cody Hart <cody@example.com> wrote:');
    expect(message.text).toContain('café');
    expect(await readMessage('Price = 3 =20 units', 'x.txt')).toMatchObject({ text: 'Price = 3 =20 units' });
  });
});
