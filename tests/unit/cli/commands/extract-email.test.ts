import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, type Io } from '../../../../src/cli/command';
import { EXIT_NO_SENDER, extractEmailCommand } from '../../../../src/cli/commands/extract-email';

const DIR = resolve(import.meta.dirname, '../../../fixtures/email/eml');

async function run(file: string): Promise<Record<string, unknown>> {
  let out = '';
  const io: Io = {
    stdout: (text) => { out += text; },
    stderr: () => {},
    readStdin: async () => '',
    readFile: async () => { throw new Error('not used'); },
  };
  const code = await extractEmailCommand.run([resolve(DIR, file)], io);
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

  it('exits 3 when the message has no sender', async () => {
    const io: Io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', readFile: async () => '' };
    await expect(extractEmailCommand.run([resolve(DIR, '09-no-sender.txt')], io)).rejects.toMatchObject({
      name: 'CliError', exitCode: EXIT_NO_SENDER,
    });
  });

  it('reports a missing argument and a missing file as errors', async () => {
    const io: Io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', readFile: async () => '' };
    await expect(extractEmailCommand.run([], io)).rejects.toBeInstanceOf(CliError);
    await expect(extractEmailCommand.run([resolve(DIR, 'missing.eml')], io)).rejects.toThrow(/not found/);
  });
});
