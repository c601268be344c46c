// A prospect's readiness for sales, computed in the page from what the repos hold: its best segment match (whose
// readiness settings apply), its calls and its timeline.
import type { ProspectRecord } from '../../../db/database';
import type { Activity } from '../../../domain/activity';
import type { Call } from '../../../domain/calls';
import { assessReadiness, type Readiness } from '../../../domain/readiness';
import type { Segment } from '../../../domain/segments/segment-schema';
import { explainSegments } from './prospect-fields';

export function prospectReadiness(
  record: ProspectRecord, segments: readonly Segment[], calls: readonly Call[], activities: readonly Activity[], now: number,
): Readiness {
  const best = explainSegments(record, segments).find((m) => m.matched);
  const settings = best ? segments.find((s) => s.id === best.segmentId)?.readiness : undefined;
  return assessReadiness({ prospect: record, bestMatchScore: best?.score, calls, activities, now, settings });
}
