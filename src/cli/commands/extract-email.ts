// `extract-email <message.eml|message.txt|message.html>`: the newest message's sender (From header) and their
// signature, in the same flat shape as `extract`. A bare body with no headers works too: the signature says who wrote it.
import { readFile } from 'node:fs/promises';
import { draftToCli } from '../../adapters/cli-shape';
import { senderOfMessageFile } from '../../domain/email/sender-of-message';
import { emptyFields } from '../../domain/prospect';
import { CliError, parseArgs, printJson, type Command, type Io } from '../command';

export const EXIT_NO_SENDER = 3;
const MAX_BYTES = 25 * 1024 * 1024;

export const extractEmailCommand: Command = {
  name: 'extract-email',
  usage: 'extract-email <message.eml|.txt|.html> [--country DE] [--me "Your Name"]',
  summary: 'Extract the sender of an email message (.eml, plain text or HTML body): header name and address plus their signature; --country is your default country for national phone numbers, --me your own name (never taken)',
  run: async (args: string[], io: Io) => {
    const { positionals, flags } = parseArgs(args);
    const path = positionals[0];
    if (!path) throw new CliError('Give an email message file, e.g. extract-email message.eml', 2);
    const country = typeof flags['country'] === 'string' ? flags['country'].trim().toUpperCase() : undefined;
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new CliError(`--country takes a two-letter country code such as DE or US, not "${country}".`, 2);
    const me = typeof flags['me'] === 'string' && flags['me'].trim() ? [flags['me'].trim()] : undefined;
    // Read bytes, not UTF-8 text: an 8-bit ISO-8859-1 body must be decoded with the charset the message declares.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new CliError(code === 'ENOENT' ? `Message file not found: ${path}` : `Cannot read ${path}: ${(err as Error).message}`);
    }
    if (bytes.length > MAX_BYTES) throw new CliError(`Message file is larger than ${MAX_BYTES / 1024 / 1024} MB: ${path}`);

    const person = await senderOfMessageFile(bytes, path, { ...(country ? { defaultCountry: country } : {}), ...(me ? { ownNames: me } : {}) });
    if (!person) {
      // "No person" is an answer, not a crash: it goes to stdout like every other answer, with its own exit code.
      printJson(io, { error: 'No sender found in this message: no From header and no signature with a name.' });
      return EXIT_NO_SENDER;
    }
    const fields = { ...emptyFields(), ...person.fields };
    printJson(io, draftToCli({ fields, fieldSources: person.fieldSources, source: { url: `file:${path}`, site: 'email', capturedAt: 0 } }));
    return 0;
  },
};
