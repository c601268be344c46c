// Talking points, in the order the rep sees them: add, remove, reorder, and an optional condition each.
import type { ProspectFields } from '../../../domain/prospect';
import { renderText } from '../../../domain/messages/render-template';
import type { Sender } from '../../../domain/messages/template-fields';
import type { TalkingPoint } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import { Checkbox, FieldIssues, TextInput } from './inputs';
import type { IssueIndex } from './issues';
import { RuleGroupEditor } from './rule-group-editor';
import { summarizeRules } from './rule-summary';
import { defaultLeaf, isGroup, newTalkingPoint } from './segment-draft';

export function TalkingPointsEditor(props: {
  points: TalkingPoint[];
  issues: IssueIndex;
  prospect: ProspectFields;
  sender: Sender;
  onChange: (points: TalkingPoint[]) => void;
}) {
  const { points, issues } = props;
  // Conditions show as one readable line; the builder unfolds on request (or by itself when it has a problem).
  const [openConditions, setOpenConditions] = useState<ReadonlySet<string>>(new Set());
  const toggleCondition = (id: string) => setOpenConditions((open) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const set = (i: number, point: TalkingPoint) => props.onChange(points.map((p, j) => (j === i ? point : p)));
  const move = (i: number, by: number) => {
    const next = [...points];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    props.onChange(next);
  };
  return (
    <div class="stack" data-testid="talking-points">
      {points.length === 0 && <p class="muted">{t('opt_noTalkingPoints')}</p>}
      <ol class="point-list">
        {points.map((point, i) => {
          const when = point.when;
          const preview = point.text.trim() ? renderText(point.text, { prospect: props.prospect, sender: props.sender }).text : '';
          return (
            <li key={point.id} class="point-card" aria-label={t('opt_talkingPointNumber', String(i + 1))}>
              <div class="row wrap">
                <strong class="grow">{t('opt_talkingPointNumber', String(i + 1))}</strong>
                <button type="button" class="btn small ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('opt_moveUp', String(i + 1))}>↑</button>
                <button type="button" class="btn small ghost" disabled={i === points.length - 1} onClick={() => move(i, 1)} aria-label={t('opt_moveDown', String(i + 1))}>↓</button>
                <button type="button" class="btn small ghost danger" onClick={() => props.onChange(points.filter((_, j) => j !== i))} aria-label={t('opt_removePoint', String(i + 1))}>{t('opt_remove')}</button>
              </div>
              <TextInput label={t('opt_pointText')} value={point.text} multiline rows={2} hint={t('opt_placeholderHint')}
                issues={[...issues.at(['talkingPoints', i, 'text']), ...issues.at(['talkingPoints', i, 'id'])]}
                onChange={(text) => set(i, { ...point, text })} />
              {preview && <p class="muted small">{t('opt_pointPreview', preview)}</p>}
              <Checkbox label={t('opt_pointOnlyWhen')} checked={Boolean(when)} onChange={(on) => {
                const next = { ...point };
                if (on) {
                  next.when = { op: 'and', rules: [defaultLeaf('seniority_in', 0)] };
                  setOpenConditions((open) => new Set(open).add(point.id));
                }
                else delete next.when;
                set(i, next);
              }} />
              {when && (() => {
                const group = isGroup(when) ? when : { op: 'and' as const, rules: [when] };
                const hasIssues = issues.under(['talkingPoints', i, 'when']).length > 0;
                const open = openConditions.has(point.id) || hasIssues;
                const summary = summarizeRules(group, false).map((line) => `${line.joiner ? `${t(line.joiner === 'and' ? 'opt_sumAnd' : 'opt_sumOr')} ` : ''}${line.text}`).join(' ');
                return (
                  <div class="stack">
                    <p class="row wrap condition-summary">
                      <span class="grow" data-testid="condition-summary">{t('opt_pointOnlyWhenSummary', summary || t('opt_sumEmptyGroup'))}</span>
                      <button type="button" class="btn small" aria-expanded={open} aria-controls={`point-${i}-condition`} onClick={() => toggleCondition(point.id)}>
                        {open ? t('opt_closeCondition') : t('opt_editCondition')}
                      </button>
                    </p>
                    <div id={`point-${i}-condition`} hidden={!open}>
                      <RuleGroupEditor group={group} path={['talkingPoints', i, 'when']} weighted={false} issues={issues} depth={1} index={0}
                        onChange={(g) => set(i, { ...point, when: g })} />
                    </div>
                  </div>
                );
              })()}
              <FieldIssues id={`point-${i}-issues`} messages={issues.at(['talkingPoints', i])} />
            </li>
          );
        })}
      </ol>
      <div><button type="button" class="btn small" onClick={() => props.onChange([...points, newTalkingPoint(points)])} data-testid="add-point">{t('opt_addTalkingPoint')}</button></div>
    </div>
  );
}
