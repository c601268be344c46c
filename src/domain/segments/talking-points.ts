// The talking points of a segment that apply to one prospect, rendered with the prospect's details.
import type { ProspectFields } from '../prospect';
import { renderText } from '../messages/render-template';
import type { Sender } from '../messages/template-fields';
import { compileRules, rulesHold, type CompiledRules } from './compile-rules';
import { prospectFeatures } from './prospect-features';
import type { Segment, TalkingPoint } from './segment-schema';

export interface TalkingPointContext {
  sender?: Sender;
}

export interface RenderedTalkingPoint {
  id: string;
  text: string;
  missingFields: string[];
  fallbacksUsed: string[];
}

const conditionCache = new WeakMap<TalkingPoint, CompiledRules>();
function conditionOf(point: TalkingPoint): CompiledRules | undefined {
  if (!point.when) return undefined;
  let compiled = conditionCache.get(point);
  if (!compiled) {
    compiled = compileRules(point.when, ['when'], false);
    conditionCache.set(point, compiled);
  }
  return compiled;
}

/** The segment's talking points whose condition holds for this prospect, in the segment's order. */
export function talkingPointsFor(prospect: ProspectFields, segment: Segment, context: TalkingPointContext = {}): RenderedTalkingPoint[] {
  const features = prospectFeatures(prospect);
  const ctx = { prospect, sender: context.sender, segment: { id: segment.id, name: segment.name } };
  const points: RenderedTalkingPoint[] = [];
  for (const point of segment.talkingPoints) {
    const condition = conditionOf(point);
    if (condition && !rulesHold(condition, features)) continue;
    const rendered = renderText(point.text, ctx);
    if (!rendered.text) continue;
    points.push({ id: point.id, text: rendered.text, missingFields: rendered.missingFields, fallbacksUsed: rendered.fallbacksUsed });
  }
  return points;
}
