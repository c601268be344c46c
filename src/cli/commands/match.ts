// `match <prospect.json> [--segments <file>]`: scores a prospect against every segment, with the reasons.
import { CliError, parseArgs, printJson, type Command, type Io } from '../command';
import type { ProspectFields } from '../../domain/prospect';
import { enrichProspect } from '../../domain/segments/enrich';
import { describeReason, matchSegments } from '../../domain/segments/match';
import { prospectFromPartial } from '../../domain/segments/prospect-input';
import { validateSegments, type Segment } from '../../domain/segments/segment-schema';
import { starterSegments } from '../../domain/segments/starter-segments';

export async function readJsonFile(io: Io, path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `${what} file not found: ${path}` : `Cannot read ${what} file ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${what} file ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** The prospect from a JSON file (partial fields allowed), with seniority and department filled from the title. */
export async function loadProspect(io: Io, path: string | undefined): Promise<ProspectFields> {
  if (!path) throw new CliError('Give a prospect JSON file, e.g. match prospect.json', 2);
  const parsed = prospectFromPartial(await readJsonFile(io, path, 'Prospect'));
  if (!parsed.ok) throw new CliError(`Invalid prospect in ${path}: ${parsed.error}`);
  return enrichProspect(parsed.prospect);
}

/** Segments from --segments (validated, every issue with its path), or the starter set. */
export async function loadSegments(io: Io, path: string | true | undefined): Promise<Segment[]> {
  if (path === undefined) return starterSegments();
  if (path === true) throw new CliError('--segments needs a file path', 2);
  const result = validateSegments(await readJsonFile(io, path, 'Segments'));
  if (!result.ok) {
    const shown = result.issues.slice(0, 20).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = result.issues.length > shown.length ? ` (and ${result.issues.length - shown.length} more)` : '';
    throw new CliError(`Invalid segments in ${path}: ${shown.join('; ')}${more}`);
  }
  return result.segments;
}

export const matchCommand: Command = {
  name: 'match',
  usage: 'match <prospect.json> [--segments <file>]',
  summary: 'Score a prospect against every segment (the starter set by default) and explain each rule',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args);
    const prospect = await loadProspect(io, positionals[0]);
    const segments = await loadSegments(io, flags.segments);
    const matches = matchSegments(prospect, segments);
    printJson(
      io,
      matches.map((m) => ({
        segmentId: m.segmentId,
        name: m.name,
        score: m.score,
        matched: m.matched,
        threshold: m.threshold,
        failedRequired: m.failedRequired,
        reasons: m.reasons.map((r) => ({ ...r, summary: describeReason(r) })),
      })),
    );
    return 0;
  },
};

export default matchCommand;
