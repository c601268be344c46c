// `suggest <prospect.json> [--segments <file>] [--channel <channel>] [--sender <file.json>]`: ranked messages.
import { CliError, parseArgs, printJson, type Command } from '../command';
import { CHANNELS, isChannel } from '../../domain/messages/channels';
import { suggestMessages } from '../../domain/messages/suggest';
import type { Offer, Sender } from '../../domain/messages/template-fields';
import { matchSegments } from '../../domain/segments/match';
import { loadProspect, loadSegments, readJsonFile } from './match';

const SENDER_FIELDS = ['name', 'firstName', 'company', 'title', 'email', 'phone', 'meetingLink', 'signature', 'website'] as const;

/** The rep's offer ({{offer.name}} …): `"offer": {"name": "…", "problem": "…", "proofs": ["…"]}` in the sender file. */
function offerFrom(input: unknown, path: string): Offer {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new CliError(`"offer" in ${path} must be an object with name, problem and proofs`);
  const src = input as Record<string, unknown>;
  const offer: Offer = {};
  for (const key of Object.keys(src)) {
    const value = src[key];
    if (key === 'proofs') {
      if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) throw new CliError(`"offer.proofs" in ${path} must be a list of text`);
      offer.proofs = value as string[];
    } else if (key === 'name' || key === 'problem') {
      if (typeof value !== 'string') throw new CliError(`"offer.${key}" in ${path} must be text`);
      offer[key] = value;
    } else throw new CliError(`Unknown offer field "${key}" in ${path}; use name, problem, proofs`);
  }
  return offer;
}

function senderFrom(input: unknown, path: string): Sender {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new CliError(`Sender file ${path} must hold a JSON object`);
  const src = input as Record<string, unknown>;
  const sender: Sender = {};
  for (const key of Object.keys(src)) {
    if (key === 'offer') {
      sender.offer = offerFrom(src[key], path);
      continue;
    }
    if (!(SENDER_FIELDS as readonly string[]).includes(key)) throw new CliError(`Unknown sender field "${key}" in ${path}; use ${SENDER_FIELDS.join(', ')}, offer`);
    const value = src[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new CliError(`Sender field "${key}" in ${path} must be text`);
    sender[key as (typeof SENDER_FIELDS)[number]] = value;
  }
  return sender;
}

export const suggestCommand: Command = {
  name: 'suggest',
  usage: 'suggest <prospect.json> [--segments <file>] [--channel <channel>] [--sender <file.json>]',
  summary: 'Suggest rendered messages for a prospect from the best-matching segments',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args);
    const channel = flags.channel;
    if (channel !== undefined && !isChannel(channel)) throw new CliError(`Unknown channel ${JSON.stringify(channel === true ? '' : channel)}; use one of ${CHANNELS.join(', ')}`, 2);
    if (flags.sender === true) throw new CliError('--sender needs a file path', 2);
    const prospect = await loadProspect(io, positionals[0]);
    const segments = await loadSegments(io, flags.segments);
    const sender = flags.sender ? senderFrom(await readJsonFile(io, flags.sender, 'Sender'), flags.sender) : undefined;
    const matches = matchSegments(prospect, segments);
    const suggestions = suggestMessages(prospect, matches, segments, sender, channel ? { channel } : {});
    printJson(
      io,
      suggestions.map((s) => ({
        segmentId: s.segmentId,
        templateId: s.templateId,
        channel: s.channel,
        variant: s.variant,
        ...(s.subject !== undefined ? { subject: s.subject } : {}),
        body: s.body,
        missingFields: s.missingFields,
        fallbacksUsed: s.fallbacksUsed,
        length: s.length,
        limit: s.limit,
        ...(s.overLimit ? { overLimit: true } : {}),
        ...(s.truncated ? { truncated: true } : {}),
      })),
    );
    return 0;
  },
};

export default suggestCommand;
