// Segue's developer CLI: `npm run --silent segue -- <command> [args]`. Runs the same src/ code as the extension, in Node.
import { readFile } from 'node:fs/promises';
import { CliError, type Io } from './command';
import { commands } from './commands/index';

const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFile(path, 'utf8'),
};

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.usage.length), 10);
  const lines = commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [
    'Segue developer CLI: runs Segue\'s own code in Node and prints JSON.',
    '',
    'Usage: npm run --silent segue -- <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    `  ${'--help'.padEnd(width)}  Show this list`,
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${JSON.stringify({ error: `Unknown command "${name}". Run with --help to list the commands.` })}\n`);
    return 2;
  }
  if (rest.includes('--help')) {
    io.stdout(`Usage: npm run --silent segue -- ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const code = err instanceof CliError ? err.exitCode : 1;
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${JSON.stringify({ error: message })}\n`);
    return code;
  }
}

process.exitCode = await main(process.argv.slice(2));
