// `title "<title>"` or `title --batch`: seniority, department, tidy title and company of job titles and headlines.
import { CliError, parseArgs, printJson, type Command } from '../command';
import { parseTitle } from '../../domain/titles/parse-title';

function describeTitle(title: string): Record<string, string> {
  const { seniority, department, normalizedTitle, company } = parseTitle(title);
  return company === undefined
    ? { title, seniority, department, normalizedTitle }
    : { title, seniority, department, normalizedTitle, company };
}

export const titleCommand: Command = {
  name: 'title',
  usage: 'title "<title>" | title --batch',
  summary: 'Seniority, department, tidy title and company of a job title (--batch: one JSON line per stdin line)',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, ['batch']);
    if (flags.batch) {
      if (positionals.length > 0) throw new CliError('Give either a title or --batch (titles on stdin), not both', 2);
      const input = await io.readStdin();
      // One output line per input line, in order; a final newline does not add an empty title.
      const lines = input.split(/\r?\n/);
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      let out = '';
      for (const line of lines) out += `${JSON.stringify(describeTitle(line))}\n`;
      io.stdout(out);
      return 0;
    }
    const unknownFlag = Object.keys(flags)[0];
    if (unknownFlag) throw new CliError(`Unknown option --${unknownFlag}`, 2);
    if (positionals.length === 0) throw new CliError('Give a title, e.g. title "VP of Sales at Acme", or use --batch', 2);
    printJson(io, describeTitle(positionals.join(' ')));
    return 0;
  },
};
