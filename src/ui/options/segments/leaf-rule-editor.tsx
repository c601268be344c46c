// One rule of a segment: its kind, what it looks for, its weight, and whether it is required or negated.
import { DEPARTMENTS, SENIORITIES } from '../../../domain/prospect';
import { HAS_FIELD_NAMES, RULE_TYPES, type LeafRule, type RuleType } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { departmentLabel, seniorityLabel } from '../shared/format';
import { CheckboxGroup, Checkbox, FieldIssues, ListInput, NumberInput, SelectInput } from './inputs';
import type { IssueIndex, Path } from './issues';
import { changeLeafType } from './segment-draft';

const SENIORITY_OPTIONS = SENIORITIES.map((value) => ({ value, label: seniorityLabel(value) }));
const DEPARTMENT_OPTIONS = DEPARTMENTS.map((value) => ({ value, label: departmentLabel(value) }));
const FIELD_OPTIONS = [...HAS_FIELD_NAMES, 'profiles.linkedin', 'profiles.github', 'profiles.x'].map((value) => ({ value, label: value }));

function RuleValues({ rule, path, issues, onChange }: { rule: LeafRule; path: Path; issues: IssueIndex; onChange: (rule: LeafRule) => void }) {
  switch (rule.type) {
    case 'seniority_in':
      return <CheckboxGroup legend={t('opt_ruleSeniorities')} options={SENIORITY_OPTIONS} value={rule.values} issues={issues.under([...path, 'values'])} onChange={(values) => onChange({ ...rule, values })} />;
    case 'department_in':
      return <CheckboxGroup legend={t('opt_ruleDepartments')} options={DEPARTMENT_OPTIONS} value={rule.values} issues={issues.under([...path, 'values'])} onChange={(values) => onChange({ ...rule, values })} />;
    case 'keywords':
      return (
        <div class="rule-values">
          <ListInput label={t('opt_ruleKeywords')} value={rule.keywords} placeholder={t('opt_ruleKeywordsPlaceholder')} issues={issues.under([...path, 'keywords'])} onChange={(keywords) => onChange({ ...rule, keywords })} testId="rule-keywords" />
          <SelectInput label={t('opt_ruleKeywordsIn')} value={rule.in ?? 'both'} onChange={(value) => onChange({ ...rule, in: value })}
            options={[{ value: 'both', label: t('opt_inBoth') }, { value: 'title', label: t('opt_inTitle') }, { value: 'headline', label: t('opt_inHeadline') }]} />
          <SelectInput label={t('opt_ruleKeywordsMatch')} value={rule.match ?? 'any'} onChange={(value) => onChange({ ...rule, match: value })}
            options={[{ value: 'any', label: t('opt_matchAny') }, { value: 'all', label: t('opt_matchAll') }]} />
        </div>
      );
    case 'industry_in':
      return <ListInput label={t('opt_ruleIndustries')} value={rule.values} placeholder={t('opt_ruleIndustriesPlaceholder')} issues={issues.under([...path, 'values'])} onChange={(values) => onChange({ ...rule, values })} />;
    case 'location_in':
      return <ListInput label={t('opt_ruleLocations')} value={rule.values} placeholder={t('opt_ruleLocationsPlaceholder')} issues={issues.under([...path, 'values'])} onChange={(values) => onChange({ ...rule, values })} />;
    case 'tag':
      return <ListInput label={t('opt_ruleTags')} value={rule.tags} issues={issues.under([...path, 'tags'])} onChange={(tags) => onChange({ ...rule, tags })} />;
    case 'company_size': {
      const set = (key: 'min' | 'max', value: number | undefined) => {
        const next = { ...rule };
        if (value === undefined) delete next[key];
        else next[key] = value;
        onChange(next);
      };
      return (
        <div class="rule-values">
          <NumberInput label={t('opt_ruleSizeMin')} value={rule.min} min={0} step={1} issues={issues.at([...path, 'min'])} onChange={(v) => set('min', v)} />
          <NumberInput label={t('opt_ruleSizeMax')} value={rule.max} min={0} step={1} issues={issues.at([...path, 'max'])} onChange={(v) => set('max', v)} />
        </div>
      );
    }
    case 'email_domain': {
      const nonFree = rule.domains === 'non_free';
      return (
        <div class="rule-values">
          <SelectInput label={t('opt_ruleEmailMode')} value={nonFree ? 'non_free' : 'list'}
            options={[{ value: 'non_free', label: t('opt_ruleEmailNonFree') }, { value: 'list', label: t('opt_ruleEmailList') }]}
            onChange={(mode) => onChange({ ...rule, domains: mode === 'non_free' ? 'non_free' : [] })} />
          {!nonFree && (
            <ListInput label={t('opt_ruleDomains')} value={rule.domains as string[]} placeholder="example.com" issues={issues.under([...path, 'domains'])} onChange={(domains) => onChange({ ...rule, domains })} />
          )}
        </div>
      );
    }
    case 'has_field':
      return <SelectInput label={t('opt_ruleField')} value={rule.field} options={FIELD_OPTIONS} issues={issues.at([...path, 'field'])} onChange={(field) => onChange({ ...rule, field })} />;
  }
}

export function LeafRuleEditor(props: {
  rule: LeafRule;
  path: Path;
  index: number;
  weighted: boolean;
  issues: IssueIndex;
  onChange: (rule: LeafRule) => void;
  onRemove: () => void;
}) {
  const { rule, path, issues, onChange } = props;
  const typeOptions = RULE_TYPES.map((value) => ({ value, label: t(`opt_rule_${value}`) }));
  return (
    <div class={`rule-card${rule.not ? ' negated' : ''}`} data-testid="leaf-rule" role="group" aria-label={t('opt_ruleNumber', String(props.index + 1))}>
      <div class="rule-head">
        <SelectInput label={t('opt_ruleKind')} value={rule.type} options={typeOptions} onChange={(type: RuleType) => onChange(changeLeafType(rule, type))} testId="rule-type" issues={issues.at([...path, 'type'])} />
        {props.weighted && (
          <NumberInput label={t('opt_ruleWeight')} value={rule.weight} min={0} max={1000} step={1} class="narrow" issues={issues.at([...path, 'weight'])} onChange={(weight) => onChange({ ...rule, weight: weight as number })} testId="rule-weight" />
        )}
        <div class="rule-flags">
          <Checkbox label={t('opt_ruleNot')} checked={Boolean(rule.not)} onChange={(not) => onChange(withFlag(rule, 'not', not))} />
          {props.weighted && <Checkbox label={t('opt_ruleRequired')} checked={Boolean(rule.required)} onChange={(required) => onChange(withFlag(rule, 'required', required))} />}
        </div>
        <button type="button" class="btn small ghost danger" onClick={props.onRemove} aria-label={t('opt_removeRule', String(props.index + 1))} data-testid="remove-rule">
          {t('opt_remove')}
        </button>
      </div>
      <RuleValues rule={rule} path={path} issues={issues} onChange={onChange} />
      <FieldIssues id={`rule-${path.join('-')}-issues`} messages={issues.at(path)} />
    </div>
  );
}

function withFlag<T extends { not?: boolean; required?: boolean }>(rule: T, flag: 'not' | 'required', on: boolean): T {
  const next = { ...rule };
  if (on) next[flag] = true;
  else delete next[flag];
  return next;
}

export { withFlag };
