// A file's validation problems, one per field ("segments[3].rules — required"), the first few and how many more.
import type { ValidationIssue } from '../../../domain/validation';
import { t } from '../../shared/i18n';
import { formatNumber } from './format';

const SHOWN = 20;

export function FieldIssues({ title, issues, testId }: { title: string; issues: readonly ValidationIssue[]; testId: string }) {
  return (
    <div class="alert error issues-summary" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i} data-testid="field-issue"><code>{issue.path || t('opt_issueWholeFile')}</code> — {issue.message}</li>
        ))}
      </ul>
      {issues.length > SHOWN && <p class="small">{t('opt_issuesMore', formatNumber(issues.length - SHOWN))}</p>}
    </div>
  );
}
