// The rules as a rep reads them: one line per top-level rule ("Seniority in VP, Director" +30), nested groups in
// brackets, NOT and "required" spelled out. The builder is one click away; this is what the page shows first.
import { isRuleGroup, type LeafRule, type Rule, type RuleGroup } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { departmentLabel, formatNumber, seniorityLabel } from '../shared/format';

export interface SummaryLine {
  /** "and" / "or" before every line but the first. */
  joiner?: 'and' | 'or';
  text: string;
  /** Points the rule adds when it holds (top-level rules of a weighted group); 0 shows nothing. */
  weight: number;
  required: boolean;
}

const weightOf = (rule: Rule): number => (isRuleGroup(rule) ? 0 : rule.weight);

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`);

function listOf(values: readonly string[], match: 'any' | 'all' = 'any'): string {
  if (values.length === 0) return t('opt_sumNothingChosen');
  if (values.length === 1) return values[0]!;
  const last = values[values.length - 1]!;
  return t(match === 'all' ? 'opt_sumListAll' : 'opt_sumListAny', values.slice(0, -1).join(', '), last);
}

function sizeRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== undefined) return `≥ ${formatNumber(min)}`;
  if (max !== undefined) return `≤ ${formatNumber(max)}`;
  return t('opt_sumNothingChosen');
}

export function describeLeafForRep(rule: LeafRule): string {
  switch (rule.type) {
    case 'seniority_in':
      return t('opt_sumSeniority', listOf(rule.values.map(seniorityLabel)));
    case 'department_in':
      return t('opt_sumDepartment', listOf(rule.values.map(departmentLabel)));
    case 'keywords': {
      const words = listOf(quoted(rule.keywords), rule.match ?? 'any');
      if (rule.in === 'title') return t('opt_sumTitleContains', words);
      if (rule.in === 'headline') return t('opt_sumHeadlineContains', words);
      return t('opt_sumTitleOrHeadlineContains', words);
    }
    case 'industry_in':
      return t('opt_sumIndustry', listOf(rule.values));
    case 'company_size':
      return t('opt_sumCompanySize', sizeRange(rule.min, rule.max));
    case 'location_in':
      return t('opt_sumLocation', listOf(rule.values));
    case 'email_domain':
      return rule.domains === 'non_free' ? t('opt_sumEmailCompany') : t('opt_sumEmailDomain', listOf(rule.domains));
    case 'has_field':
      return t('opt_sumHasField', rule.field);
    case 'tag':
      return t('opt_sumTagged', listOf(quoted(rule.tags)));
  }
}

/** One rule as text; a group in brackets, its members' points inline. */
function describeRule(rule: Rule, weighted: boolean): string {
  const core = isRuleGroup(rule) ? `(${describeGroupInline(rule, weighted)})` : describeLeafForRep(rule);
  return rule.not ? t('opt_sumNot', core) : core;
}

function describeGroupInline(group: RuleGroup, weighted: boolean): string {
  if (group.rules.length === 0) return t('opt_sumEmptyGroup');
  const joiner = ` ${t(group.op === 'and' ? 'opt_sumAnd' : 'opt_sumOr')} `;
  return group.rules.map((r) => {
    const text = describeRule(r, weighted);
    const marks = [weighted && weightOf(r) > 0 ? t('opt_sumPoints', formatNumber(weightOf(r))) : '', r.required ? t('opt_sumRequired') : ''].filter(Boolean);
    return marks.length ? `${text} (${marks.join(', ')})` : text;
  }).join(joiner);
}

/** The root group's rules, one line each. A negated root is one line with NOT around everything. */
export function summarizeRules(root: RuleGroup, weighted = true): SummaryLine[] {
  if (root.not) return [{ text: t('opt_sumNot', `(${describeGroupInline({ ...root, not: false }, weighted)})`), weight: 0, required: false }];
  return root.rules.map((rule, i) => {
    // Each line stands alone, so a group on its own line needs no brackets.
    const text = isRuleGroup(rule) && !rule.not ? describeGroupInline(rule, weighted) : describeRule(rule, weighted);
    const line: SummaryLine = { text, weight: weighted ? weightOf(rule) : 0, required: Boolean(rule.required) };
    if (i > 0) line.joiner = root.op;
    return line;
  });
}
