// Ranked message suggestions for a prospect: the best-matching segment's templates first; within a segment the
// templates the prospect's data fills best (fewest missing fields, then fewest fallbacks), then channel order.
import type { ProspectFields } from '../prospect';
import type { SegmentMatch } from '../segments/match';
import type { MessageTemplate, Segment } from '../segments/segment-schema';
import { CHANNELS, type Channel } from './channels';
import { renderTemplate } from './render-template';
import type { Sender } from './template-fields';

export interface SuggestOptions {
  /** Only this channel. */
  channel?: Channel;
  /** How many segments to draw templates from (default 3). Unmatched segments are used only when none matched. */
  maxSegments?: number;
}

export interface MessageSuggestion {
  segmentId: string;
  segmentName: string;
  /** false when no segment matched and this comes from the best-scoring one. */
  matched: boolean;
  score: number;
  templateId: string;
  templateName: string;
  channel: Channel;
  variant: string;
  subject?: string;
  body: string;
  missingFields: string[];
  fallbacksUsed: string[];
  unknownFields: string[];
  length: number;
  limit: number | null;
  overLimit: boolean;
  truncated?: boolean;
}

/**
 * `matches` as returned by matchSegments (already sorted). Draws from matched segments in that order; when none
 * matched, from the single best-scoring segment with a score above 0. Every template of the channel(s) is kept, so
 * a segment with two variants on a channel yields both.
 */
export function suggestMessages(
  prospect: ProspectFields,
  matches: readonly SegmentMatch[],
  segments: readonly Segment[],
  sender: Sender | undefined,
  options: SuggestOptions = {},
): MessageSuggestion[] {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const maxSegments = options.maxSegments ?? 3;
  let chosen = matches.filter((m) => m.matched);
  if (chosen.length === 0) chosen = matches.filter((m) => m.score > 0).slice(0, 1);
  chosen = chosen.slice(0, maxSegments);

  const suggestions: MessageSuggestion[] = [];
  for (const match of chosen) {
    const segment = byId.get(match.segmentId);
    if (!segment) continue;
    const ctx = { prospect, sender, segment: { id: segment.id, name: segment.name } };
    const rendered = segment.templates
      .map((template, order) => ({ template, order }))
      .filter(({ template }) => !options.channel || template.channel === options.channel)
      .map(({ template, order }) => ({ template, order, result: renderTemplate(template, ctx) }));
    rendered.sort(
      (a, b) =>
        a.result.missingFields.length - b.result.missingFields.length ||
        a.result.fallbacksUsed.length - b.result.fallbacksUsed.length ||
        Number(a.result.overLimit) - Number(b.result.overLimit) ||
        CHANNELS.indexOf(a.template.channel) - CHANNELS.indexOf(b.template.channel) ||
        a.order - b.order,
    );
    for (const { template, result } of rendered) suggestions.push(toSuggestion(match, segment, template, result));
  }
  return suggestions;
}

function toSuggestion(
  match: SegmentMatch,
  segment: Segment,
  template: MessageTemplate,
  result: ReturnType<typeof renderTemplate>,
): MessageSuggestion {
  const suggestion: MessageSuggestion = {
    segmentId: segment.id,
    segmentName: segment.name,
    matched: match.matched,
    score: match.score,
    templateId: template.id,
    templateName: template.name,
    channel: template.channel,
    variant: template.variant ?? template.id,
    body: result.text,
    missingFields: result.missingFields,
    fallbacksUsed: result.fallbacksUsed,
    unknownFields: result.unknownFields,
    length: result.length,
    limit: result.limit,
    overLimit: result.overLimit,
  };
  if (result.subject !== undefined) suggestion.subject = result.subject;
  if (result.truncated) suggestion.truncated = true;
  return suggestion;
}
