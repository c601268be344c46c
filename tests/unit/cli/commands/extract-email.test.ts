import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, type Io } from '../../../../src/cli/command';
import { EXIT_NO_SENDER, extractEmailCommand } from '../../../../src/cli/commands/extract-email';

const DIR = resolve(import.meta.dirname, '../../../fixtures/email/eml');

async function run(file: string, extra: string[] = []): Promise<Record<string, unknown>> {
  let out = '';
  const io: Io = {
    stdout: (text) => { out += text; },
    stderr: () => {},
    readStdin: async () => '',
    readFile: async () => { throw new Error('not used'); },
  };
  const code = await extractEmailCommand.run([resolve(DIR, file), ...extra], io);
  expect(code).toBe(0);
  return JSON.parse(out) as Record<string, unknown>;
}

describe('extract-email', () => {
  it('prints the sender and their signature in the extract shape', async () => {
    expect(await run('01-plain-utf8.eml')).toEqual({
      name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'VP Sales', company: 'Acme Corp', location: null,
      emails: ['jane.doe@acmecorp.example.com'], phones: ['+14155550132'], website: 'https://www.acmecorp.example.com',
      profiles: {}, photo: null,
      sources: {
        name: 'email-header', firstName: 'email-header', lastName: 'email-header', emails: 'email-header',
        title: 'signature', seniority: 'derived', department: 'derived', company: 'signature', phones: 'signature',
        website: 'signature',
      },
    });
  });

  it('reads a base64 HTML-only message with an encoded sender name', async () => {
    expect(await run('02-html-only-base64.eml')).toMatchObject({
      name: 'Lucía Fernández', title: 'Directora de Compras', company: 'Solmar Distribuciones S.L.', phones: ['+34612345678'],
    });
  });

  it('splits a "Last, First" header name and reads a quoted-printable German signature', async () => {
    expect(await run('03-alternative-quoted-printable.eml')).toMatchObject({
      name: 'Anna Schmidt', firstName: 'Anna', lastName: 'Schmidt', title: 'Leiterin Vertrieb',
      company: 'Nordwind Logistik GmbH', location: 'Hamburg', phones: ['+49401234567', '+491712345678'],
    });
  });

  it('decodes an ISO-8859-1 message read from disk as bytes', async () => {
    expect(await run('04-latin1-8bit.eml')).toMatchObject({ company: 'Sablonnière SAS', phones: ['+33199001234', '+33612345678'] });
  });

  it('takes the newest sender of a reply and of a forward, never the quoted or forwarded person', async () => {
    const reply = await run('05-reply-with-quoted-history.eml');
    expect(reply).toMatchObject({ name: 'Nina Alvarez', company: 'Fernhill Software', phones: ['+12065550175'] });
    expect(JSON.stringify(reply)).not.toMatch(/Ben Carter|Orbitly|6175550123/);
    const forward = await run('06-forward-multipart-mixed.eml');
    expect(forward).toMatchObject({ name: 'Sofia Rossi', title: 'COO', company: 'Lumenpath', phones: ['+15035550191'] });
    expect(JSON.stringify(forward)).not.toMatch(/Victor|Gridmint|4155550110/);
  });

  it('reads plain-text messages with and without header lines', async () => {
    expect(await run('07-plain-text-with-headers.txt')).toMatchObject({ name: 'Marcus Bell', company: 'Brightloop', emails: ['marcus@brightloop.example.io'] });
    const bodyOnly = await run('08-plain-text-signature-only.txt');
    expect(bodyOnly).toMatchObject({ name: 'Owen Price', title: 'Data Science Lead', emails: [] });
    expect((bodyOnly.sources as Record<string, string>).name).toBe('signature');
  });

  it('exits 3 with {"error": …} on stdout when the message has no sender', async () => {
    let out = '';
    let err = '';
    const io: Io = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: async () => '', readFile: async () => '' };
    expect(await extractEmailCommand.run([resolve(DIR, '09-no-sender.txt')], io)).toBe(EXIT_NO_SENDER);
    expect(JSON.parse(out)).toEqual({ error: expect.stringMatching(/no sender/i) });
    expect(err).toBe('');
  });

  it('reads a saved HTML body with no headers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'segue-')), 'message.html');
    writeFileSync(file, '<div>Thanks, see you Monday.</div><div><br></div><div>Best regards,</div><div>Ines Vogt</div><div>Head of Marketing</div><div>Vogt Textil GmbH</div>');
    expect(await run(file)).toMatchObject({ name: 'Ines Vogt', title: 'Head of Marketing', company: 'Vogt Textil GmbH' });
  });

  it('uses --country for national numbers and never takes the --me name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segue-'));
    const file = join(dir, 'body.txt');
    writeFileSync(file, 'Sounds good.\n\nBest,\nAnna Berg\nM: 0171 1234567\n');
    expect(await run(file, ['--country', 'DE'])).toMatchObject({ name: 'Anna Berg', phones: ['+491711234567'] });
    const own = join(dir, 'own.txt');
    writeFileSync(own, 'Hi Tom,\n\nattached the offer.\n\nBest,\nMaria Lopez\nAccount Executive\n');
    let out = '';
    const io: Io = { stdout: (t) => { out += t; }, stderr: () => {}, readStdin: async () => '', readFile: async () => '' };
    expect(await extractEmailCommand.run([own, '--me', 'Maria Lopez'], io)).toBe(EXIT_NO_SENDER);
    expect(JSON.parse(out)).toHaveProperty('error');
  });

  it('reports a missing argument and a missing file as errors', async () => {
    const io: Io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', readFile: async () => '' };
    await expect(extractEmailCommand.run([], io)).rejects.toBeInstanceOf(CliError);
    await expect(extractEmailCommand.run([resolve(DIR, 'missing.eml')], io)).rejects.toThrow(/not found/);
  });
});
