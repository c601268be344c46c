// `extract-email <message.eml|message.txt>`: the newest message's sender (From header) and their signature, in the
// same flat shape as `extract`.
import { readFile } from 'node:fs/promises';
import { draftToCli } from '../../adapters/cli-shape';
import { parseEml } from '../../domain/email/parse-eml';
import { personFromMessage } from '../../domain/email/person-from-message';
import { emptyFields } from '../../domain/prospect';
import { CliError, parseArgs, printJson, type Command, type Io } from '../command';

export const EXIT_NO_SENDER = 3;
const MAX_BYTES = 25 * 1024 * 1024;

export const extractEmailCommand: Command = {
  name: 'extract-email',
  usage: 'extract-email <message.eml|message.txt>',
  summary: 'Extract the sender of an email message (.eml or plain text): header name and address plus their signature',
  run: async (args: string[], io: Io) => {
    const { positionals } = parseArgs(args);
    const path = positionals[0];
    if (!path) throw new CliError('Give an email message file, e.g. extract-email message.eml', 2);
    // Read bytes, not UTF-8 text: an 8-bit ISO-8859-1 body must be decoded with the charset the message declares.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new CliError(code === 'ENOENT' ? `Message file not found: ${path}` : `Cannot read ${path}: ${(err as Error).message}`);
    }
    if (bytes.length > MAX_BYTES) throw new CliError(`Message file is larger than ${MAX_BYTES / 1024 / 1024} MB: ${path}`);

    const message = parseEml(bytes);
    const person = personFromMessage(message.from ?? {}, message.text);
    if (!person) throw new CliError('No sender found in this message: no From header and no signature with a name.', EXIT_NO_SENDER);

    const fields = { ...emptyFields(), ...person.fields };
    const shape = draftToCli({ fields, fieldSources: person.fieldSources, source: { url: `file:${path}`, site: 'email', capturedAt: 0 } });
    printJson(io, shape);
    return 0;
  },
};
