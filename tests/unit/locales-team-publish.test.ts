// The team texts built from values (privacy levels, conflict kinds, roles) exist; literal keys are checked by locales.test.ts.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_PRIVACY, TEAM_ROLES } from '../../src/domain/team/team-docs';
import { mergeLocale } from '../../src/locales/merge-locales';
import { CONFLICT_KINDS, conflictKey, privacyExplainKey, privacyLabelKey } from '../../src/ui/options/settings/team-publish-keys';

describe('team publishing locales', () => {
  it('define the keys built from privacy levels, conflict kinds and roles', () => {
    const messages = mergeLocale(join(resolve(import.meta.dirname, '../..'), 'src/locales/en'));
    const keys = [
      ...ACTIVITY_PRIVACY.flatMap((level) => [privacyLabelKey(level), privacyExplainKey(level)]),
      ...CONFLICT_KINDS.map(conflictKey),
      ...Object.keys(TEAM_ROLES).map((r) => `handoff_role_${r}`),
    ];
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
