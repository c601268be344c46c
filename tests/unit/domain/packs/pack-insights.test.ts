import { describe, expect, it } from 'vitest';
import { CALL_OUTCOMES } from '../../../../src/domain/calls';
import { packVersionFigures } from '../../../../src/domain/packs/pack-insights';

const call = (packVersion: string | undefined, outcome: string, segmentId = 'leaders') =>
  ({ outcome, durationSec: 60, segmentId, ...(packVersion ? { packId: 'acme', packVersion } : {}) });

describe('insights per pack version', () => {
  it('groups calls by pack, version and segment, newest version first; calls without a pack are left out', () => {
    const rows = packVersionFigures([
      call('1.9.0', 'no_answer'), call('1.9.0', 'meeting_booked'), call('1.10.0', 'meeting_booked'), call('1.10.0', 'connected'),
      call('1.10.0', 'connected', 'founders'), call(undefined, 'meeting_booked'),
    ], CALL_OUTCOMES);
    expect(rows.map((r) => [r.version, r.segmentId, r.calls, r.connects, r.meetings, r.meetingRate])).toEqual([
      ['1.10.0', 'founders', 1, 1, 0, 0],
      ['1.10.0', 'leaders', 2, 2, 1, 0.5],
      ['1.9.0', 'leaders', 2, 1, 1, 0.5],
    ]);
  });
});
