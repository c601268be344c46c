// Outcomes move stages by rule: a meeting booked moves `new` or `contacted` to `qualified`; the first logged call
// moves `new` to `contacted`. Each rule can be turned off (Settings → Hand-off). Rules only ever move a prospect
// forward: a prospect already qualified, handed to sales, won or lost is never moved back. Pure.
import type { Stage } from '../prospect';

export const STAGE_RULES = ['meeting_booked_qualifies', 'first_call_contacts'] as const;
export type StageRule = (typeof STAGE_RULES)[number];

/** Rule → on/off. A rule missing from stored settings is on. */
export type StageRuleSettings = Record<StageRule, boolean>;

export const DEFAULT_STAGE_RULES: StageRuleSettings = { meeting_booked_qualifies: true, first_call_contacts: true };

export function stageRuleSettings(stored?: Partial<Record<string, unknown>>): StageRuleSettings {
  const out = { ...DEFAULT_STAGE_RULES };
  for (const rule of STAGE_RULES) if (typeof stored?.[rule] === 'boolean') out[rule] = stored[rule] as boolean;
  return out;
}

export interface StageMove {
  to: Stage;
  rule: StageRule;
  /** One line for the timeline. */
  summary: string;
}

export interface LoggedCallFacts {
  outcome: string;
  /** True when no other call had been logged for this prospect before this one. */
  firstCall: boolean;
}

/** The stage a logged call moves the prospect to, or undefined when no (enabled) rule applies. */
export function stageAfterCall(stage: Stage, call: LoggedCallFacts, rules: StageRuleSettings = DEFAULT_STAGE_RULES): StageMove | undefined {
  if (rules.meeting_booked_qualifies && call.outcome === 'meeting_booked' && (stage === 'new' || stage === 'contacted')) {
    return { to: 'qualified', rule: 'meeting_booked_qualifies', summary: `Stage ${stage} → qualified (meeting booked)` };
  }
  if (rules.first_call_contacts && call.firstCall && stage === 'new') {
    return { to: 'contacted', rule: 'first_call_contacts', summary: 'Stage new → contacted (first call logged)' };
  }
  return undefined;
}
