// The shape every CLI command shares. Commands print JSON on stdout; errors go to stderr with a non-zero exit.

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input as text (for --batch modes). */
  readStdin: () => Promise<string>;
  /** Read a file given on the command line, relative to the working directory. */
  readFile: (path: string) => Promise<string>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run: (args: string[], io: Io) => Promise<number>;
}

/** A failure the user can fix; printed as {"error": message} with the given exit code. */
export class CliError extends Error {
  constructor(message: string, public readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Splits argv into positionals and --flags (a flag takes the next word as its value unless it is listed as boolean). */
export function parseArgs(args: string[], booleanFlags: string[] = []): { positionals: string[]; flags: Record<string, string | true> } {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags[key] = inline;
      else if (booleanFlags.includes(key) || i + 1 >= args.length) flags[key] = true;
      else flags[key] = args[++i]!;
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}
