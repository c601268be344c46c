// The segments Segue ships with: realistic B2B personas for Segue's own pitch, validated at load.
import raw from './starter-segments.json';
import { validateSegments, type Segment } from './segment-schema';

let cached: Segment[] | undefined;

/** The starter segments, validated and typed. Throws if the bundled file is invalid (a build defect, not user input). */
export function starterSegments(): Segment[] {
  if (!cached) {
    const result = validateSegments(raw);
    if (!result.ok) {
      const detail = result.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new Error(`The bundled starter segments are invalid: ${detail}`);
    }
    cached = result.segments;
  }
  // A deep copy, so a caller editing its segments never changes the next caller's.
  return structuredClone(cached);
}
