// The segment's rules in a few readable lines, with "Edit rules" unfolding the full AND/OR/NOT builder below.
import type { RuleGroup } from '../../../domain/segments/segment-schema';
import { t } from '../../shared/i18n';
import { formatNumber } from '../shared/format';
import { summarizeRules } from './rule-summary';

export function RulesSummary(props: { rules: RuleGroup; threshold: number; expanded: boolean; onToggle: () => void }) {
  const lines = summarizeRules(props.rules);
  return (
    <div class="rules-summary stack">
      {lines.length === 0 ? <p class="muted" data-testid="rule-summary">{t('opt_sumNoRules')}</p> : (
        <ul class="summary-lines" data-testid="rule-summary">
          {lines.map((line, i) => (
            <li key={i}>
              {line.joiner && <span class="summary-joiner">{t(line.joiner === 'and' ? 'opt_sumAnd' : 'opt_sumOr')}</span>}
              <span class="summary-text">{line.text}</span>
              {line.weight > 0 && <span class="badge accent summary-points">{t('opt_sumPoints', formatNumber(line.weight))}</span>}
              {line.required && <span class="badge warn">{t('opt_sumRequired')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="muted small">{t('opt_sumThreshold', formatNumber(props.threshold))}</p>
      <div>
        <button type="button" class="btn small" aria-expanded={props.expanded} aria-controls="rules-builder" onClick={props.onToggle} data-testid="edit-rules">
          {props.expanded ? t('opt_closeRules') : t('opt_editRules')}
        </button>
      </div>
    </div>
  );
}
