// Matches a prospect against the stored segments, and picks its talking points and message suggestions.
// Pure domain code run in the page: matching one prospect against a few dozen segments takes well under a millisecond.
import { useMemo } from 'preact/hooks';
import type { ProspectFields } from '../../domain/prospect';
import type { Segment } from '../../domain/segments/segment-schema';
import type { Sender } from '../../domain/messages/template-fields';
import { enrichProspect } from '../../domain/segments/enrich';
import { matchSegments, type SegmentMatch } from '../../domain/segments/match';
import { talkingPointsFor, type RenderedTalkingPoint } from '../../domain/segments/talking-points';
import { suggestMessages, type MessageSuggestion } from '../../domain/messages/suggest';

export interface ProspectInsight {
  matches: SegmentMatch[];
  /** The segment whose talking points and messages lead: the best match, or the one the rep picked. */
  focus: Segment | null;
  talkingPoints: RenderedTalkingPoint[];
  suggestions: MessageSuggestion[];
}

export function prospectInsight(prospect: ProspectFields, segments: Segment[], sender: Sender, focusId?: string): ProspectInsight {
  const enriched = enrichProspect(prospect);
  const matches = matchSegments(enriched, segments);
  const best = matches.find((m) => m.matched) ?? null;
  const focusMatch = (focusId && matches.find((m) => m.segmentId === focusId)) || best;
  const focus = focusMatch ? segments.find((s) => s.id === focusMatch.segmentId) ?? null : null;
  const talkingPoints = focus ? talkingPointsFor(enriched, focus, { sender }) : [];
  const ordered = focusMatch ? [focusMatch, ...matches.filter((m) => m !== focusMatch)] : matches;
  const suggestions = focus
    ? suggestMessages(enriched, ordered.map((m) => (m === focusMatch ? { ...m, matched: true } : { ...m, matched: false })), segments, sender, { maxSegments: 1 })
    : [];
  return { matches, focus, talkingPoints, suggestions };
}

export function useProspectInsight(prospect: ProspectFields | null | undefined, segments: Segment[] | undefined, sender: Sender | undefined, focusId?: string) {
  return useMemo(
    () => (prospect && segments && sender ? prospectInsight(prospect, segments, sender, focusId) : null),
    [prospect, segments, sender, focusId],
  );
}
