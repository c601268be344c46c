// The hand-off texts built from model values exist (the literal keys are checked by locales.test.ts).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDOFF_STATES, STAGE_RULES, TEAM_ROLES } from '../../src/domain/handoff';
import { MESSAGE_ACTIONS } from '../../src/domain/messages/outgoing';
import { mergeLocale } from '../../src/locales/merge-locales';

describe('hand-off locales', () => {
  it('define the keys built from states, roles, stage rules, message actions and import effects', () => {
    const messages = mergeLocale(join(resolve(import.meta.dirname, '../..'), 'src/locales/en'));
    const keys = [
      ...HANDOFF_STATES.map((s) => `handoff_state_${s}`),
      ...TEAM_ROLES.map((r) => `handoff_role_${r}`),
      ...STAGE_RULES.map((r) => `handoff_rule_${r}`),
      ...MESSAGE_ACTIONS.map((a) => `handoff_action_${a}`),
      ...['add', 'update', 'same'].map((e) => `handoff_effect_${e}`),
      'opt_activity_handoff',
    ];
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
  });
});
