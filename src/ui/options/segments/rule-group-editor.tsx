// A group of rules joined by AND or OR (optionally negated), holding rules and further groups: the rules builder.
import type { Rule, RuleGroup } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { Checkbox, FieldIssues, SelectInput } from './inputs';
import type { IssueIndex, Path } from './issues';
import { LeafRuleEditor, withFlag } from './leaf-rule-editor';
import { defaultGroup, defaultLeaf, isGroup } from './segment-draft';

/** Deeper nesting than this is allowed by the schema but unreadable; the builder stops offering "Add group". */
const MAX_DEPTH = 4;

export function RuleGroupEditor(props: {
  group: RuleGroup;
  path: Path;
  weighted: boolean;
  issues: IssueIndex;
  onChange: (group: RuleGroup) => void;
  onRemove?: () => void;
  depth?: number;
  index?: number;
}) {
  const { group, path, issues, weighted } = props;
  const depth = props.depth ?? 0;
  const setChild = (i: number, rule: Rule) => props.onChange({ ...group, rules: group.rules.map((r, j) => (j === i ? rule : r)) });
  const removeChild = (i: number) => props.onChange({ ...group, rules: group.rules.filter((_, j) => j !== i) });
  const add = (rule: Rule) => props.onChange({ ...group, rules: [...group.rules, rule] });
  const label = depth === 0 ? t('opt_rulesRoot') : t('opt_ruleGroupNumber', String((props.index ?? 0) + 1));

  return (
    <fieldset class={`rule-group depth-${depth}${group.not ? ' negated' : ''}`} data-testid="rule-group">
      <legend>{label}</legend>
      <div class="rule-head">
        <SelectInput
          label={t('opt_groupOp')}
          value={group.op}
          options={[{ value: 'and', label: t('opt_opAnd') }, { value: 'or', label: t('opt_opOr') }]}
          onChange={(op) => props.onChange({ ...group, op })}
          testId="group-op"
        />
        <div class="rule-flags">
          <Checkbox label={t('opt_groupNot')} checked={Boolean(group.not)} onChange={(on) => props.onChange(withFlag(group, 'not', on))} testId="group-not" />
          {depth > 0 && weighted && <Checkbox label={t('opt_ruleRequired')} checked={Boolean(group.required)} onChange={(on) => props.onChange(withFlag(group, 'required', on))} />}
        </div>
        {props.onRemove && (
          <button type="button" class="btn small ghost danger" onClick={props.onRemove} aria-label={t('opt_removeGroup', String((props.index ?? 0) + 1))} data-testid="remove-group">
            {t('opt_remove')}
          </button>
        )}
      </div>
      <FieldIssues id={`group-${path.join('-')}-issues`} messages={[...issues.at(path), ...issues.at([...path, 'rules'])]} />
      <ol class="rule-list">
        {group.rules.map((rule, i) => (
          <li key={i}>
            {i > 0 && <span class="joiner" aria-hidden="true">{group.op === 'and' ? t('opt_joinAnd') : t('opt_joinOr')}</span>}
            {isGroup(rule) ? (
              <RuleGroupEditor group={rule} path={[...path, 'rules', i]} index={i} weighted={weighted} issues={issues} depth={depth + 1}
                onChange={(g) => setChild(i, g)} onRemove={() => removeChild(i)} />
            ) : (
              <LeafRuleEditor rule={rule} path={[...path, 'rules', i]} index={i} weighted={weighted} issues={issues}
                onChange={(r) => setChild(i, r)} onRemove={() => removeChild(i)} />
            )}
          </li>
        ))}
      </ol>
      {group.rules.length === 0 && <p class="muted">{t('opt_groupEmpty')}</p>}
      <div class="row">
        <button type="button" class="btn small" onClick={() => add(defaultLeaf('seniority_in', weighted ? 20 : 0))} data-testid="add-rule">{t('opt_addRule')}</button>
        {depth < MAX_DEPTH && (
          <button type="button" class="btn small" onClick={() => add(defaultGroup(weighted))} data-testid="add-group">{t('opt_addGroup')}</button>
        )}
      </div>
    </fieldset>
  );
}
